package dev.tandem.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.org.HatKind;
import dev.tandem.shared.InvalidInputException;

/** The rules discovery's records and aggregates keep on their own. */
class DiscoveryRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void evidenceSummaryCountsInsightsDistinctSourcesAndTheNewestDate() {
		var summary = EvidenceSummary.of(List.of(insight("ACME Corp", TODAY.minusDays(9)),
				insight(" acme corp ", TODAY.minusDays(2)), insight("SMB segment", TODAY.minusDays(30))));

		assertThat(summary).isEqualTo(new EvidenceSummary(3, 2, TODAY.minusDays(2)));
	}

	@Test
	void evidenceSummaryOfNothingIsEmpty() {
		assertThat(EvidenceSummary.of(List.of())).isEqualTo(EvidenceSummary.NONE);
	}

	@Test
	void evidenceSummaryCountsTheSameInsightOnce() {
		var one = insight("ACME", TODAY);

		assertThat(EvidenceSummary.of(List.of(one, one)).insights()).isEqualTo(1);
	}

	@Test
	void tagsAreNormalisedToLowerCaseDashesWithoutDuplicates() {
		var details = new InsightDetails("Slow checkout", InsightKind.INTERVIEW, "ACME", TODAY, null,
				List.of(" Checkout  Speed", "checkout-speed", "#Pricing", " "));

		assertThat(details.tags()).containsExactly("checkout-speed", "pricing");
		assertThat(InsightDetails.tagsOf("Mobile, onboarding ,,Mobile")).containsExactly("mobile", "onboarding");
	}

	@Test
	void insightLinksMustBeHttpOrHttps() {
		assertThatThrownBy(
				() -> new InsightDetails("x", InsightKind.FEEDBACK, "ACME", TODAY, "javascript:alert(1)", List.of()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
						.containsExactly("link"));
		assertThat(
				new InsightDetails("x", InsightKind.FEEDBACK, "ACME", TODAY, "https://crm.example/calls/42", List.of())
					.link())
			.isEqualTo("https://crm.example/calls/42");
	}

	@Test
	void insightNeedsTextKindSourceAndDate() {
		assertThatThrownBy(() -> new InsightDetails(" ", null, "", null, null, null)).isInstanceOfSatisfying(
				InvalidInputException.class,
				e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
					.containsExactly("text", "kind", "source", "observedOn"));
	}

	@Test
	void refusesAnInsightObservedInTheFuture() {
		var details = new InsightDetails("x", InsightKind.SURVEY, "ACME", TODAY.plusDays(1), null, List.of());

		assertThatThrownBy(() -> Insight.capture(details, TODAY, java.time.Instant.now())).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("observedOn"));
	}

	@Test
	void concludedExperimentNeedsAResult() {
		assertThatThrownBy(() -> new ExperimentOutcome(ExperimentStatus.CONCLUDED, null, "learnt"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().get(0).field()).isEqualTo("result"));
	}

	@Test
	void plannedOrRunningExperimentMayNotClaimAResult() {
		for (var status : List.of(ExperimentStatus.PLANNED, ExperimentStatus.RUNNING)) {
			assertThatThrownBy(() -> new ExperimentOutcome(status, ExperimentResult.VALIDATED, null)).as(status.name())
				.isInstanceOf(InvalidInputException.class);
		}
		assertThat(new ExperimentOutcome(ExperimentStatus.CONCLUDED, ExperimentResult.VALIDATED, " ").validated())
			.isTrue();
	}

	@Test
	void guardrailIsSatisfiedByEnoughInsights() {
		var rule = new GuardrailRule(true, 3, true, Set.of(HatKind.HEAD_OF_UX));

		assertThat(rule.satisfiedBy(evidence(3, 0))).isTrue();
		assertThat(rule.satisfiedBy(evidence(2, 0))).isFalse();
	}

	@Test
	void guardrailIsSatisfiedByOneValidatedExperimentWhenTheRuleSaysSo() {
		var rule = new GuardrailRule(true, 3, true, Set.of());
		var strict = new GuardrailRule(true, 3, false, Set.of());

		assertThat(rule.satisfiedBy(evidence(0, 1))).isTrue();
		assertThat(strict.satisfiedBy(evidence(0, 1))).isFalse();
	}

	@Test
	void disabledGuardrailIsAlwaysSatisfied() {
		assertThat(new GuardrailRule(false, 5, false, Set.of()).satisfiedBy(evidence(0, 0))).isTrue();
	}

	@Test
	void guardrailSaysWhatIsNeededAndWhatThereIs() {
		var rule = new GuardrailRule(true, 3, true, Set.of());

		assertThat(rule.shortfall("lane", evidence(1, 0)).message())
			.isEqualTo("needs at least 3 supporting insights or one validated experiment; "
					+ "has 1 insight and no validated experiment");
		assertThat(new GuardrailRule(true, 1, false, Set.of()).shortfall("lane", evidence(0, 0)).message())
			.isEqualTo("needs at least 1 supporting insight; has no insight");
	}

	@Test
	void onlyConfiguredHatsMayOverride() {
		var rule = new GuardrailRule(true, 3, true, Set.of(HatKind.CPO, HatKind.HEAD_OF_UX));

		assertThat(rule.letsOverride(Set.of(HatKind.DEVELOPER, HatKind.HEAD_OF_UX))).isTrue();
		assertThat(rule.letsOverride(Set.of(HatKind.PRODUCT_MANAGER))).isFalse();
		assertThat(rule.letsOverride(Set.of())).isFalse();
	}

	@Test
	void guardrailMinimumIsBounded() {
		assertThatThrownBy(() -> new GuardrailRule(true, -1, true, Set.of())).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void checkPassesWhenOverriddenEvenWithoutEvidence() {
		var rule = new GuardrailRule(true, 3, true, Set.of());
		var found = evidence(0, 0);
		var override = new GuardrailOverride(UUID.randomUUID(), found.roadmapItemId(), null, "board decision", null,
				"Uma", HatKind.HEAD_OF_UX, java.time.Instant.now());
		var refused = new GuardrailCheck(found.roadmapItemId(), true, false, null, found, "m",
				rule.shortfall("evidence", found));
		var overridden = new GuardrailCheck(found.roadmapItemId(), true, false, override, found, "m",
				rule.shortfall("evidence", found));

		assertThat(refused.passes()).isFalse();
		assertThatThrownBy(() -> refused.requirePasses("lane")).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.errors().get(0).field()).isEqualTo("lane"));
		assertThat(overridden.passes()).isTrue();
	}

	private static InsightView insight(String source, LocalDate on) {
		return new InsightView(InsightId.random(), "said something", InsightKind.INTERVIEW, source, on, null, List.of(),
				0);
	}

	private static RoadmapItemEvidence evidence(int insights, int validatedExperiments) {
		var experiments = java.util.stream.IntStream.range(0, validatedExperiments)
			.mapToObj(i -> new ExperimentView(ExperimentId.random(), IdeaId.random(), "idea", "h",
					ExperimentMethod.PROTOTYPE, "c", ExperimentStatus.CONCLUDED, ExperimentResult.VALIDATED, null, null,
					null, 0))
			.toList();
		return new RoadmapItemEvidence(UUID.randomUUID(), List.of(), List.of(),
				new EvidenceSummary(insights, insights, null), experiments);
	}

}
