package dev.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import dev.tandem.shared.InvalidInputException;

class TeamWarningsTests {

	private final PersonId pm = PersonId.random();

	private final PersonId lead = PersonId.random();

	private final PersonId dev = PersonId.random();

	/** pm wears the product manager hat, lead the lead developer hat. */
	private final BiPredicate<UUID, HatKind> hats = (person,
			kind) -> Map.of(pm.value(), HatKind.PRODUCT_MANAGER, lead.value(), HatKind.LEAD_DEVELOPER)
				.get(person) == kind;

	private Team team(TeamKind kind, Set<Skill> needed, PersonId productManager, PersonId leadDeveloper) {
		return Team
			.create(new TeamDetails("Checkout", "Let people pay", kind, needed, productManager, leadDeveloper, null));
	}

	@Test
	void warnsAboutEachNeededSkillThatNoMemberCovers() {
		var team = team(TeamKind.STREAM_ALIGNED, Set.of(Skill.BACK_END, Skill.FRONT_END, Skill.UX), pm, lead);
		team.putMember(dev, Set.of(Skill.BACK_END), 100);

		assertThat(team.warnings(hats)).extracting(OrgWarning::kind, OrgWarning::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(OrgWarning.Kind.MISSING_SKILL, "FRONT_END"),
					org.assertj.core.groups.Tuple.tuple(OrgWarning.Kind.MISSING_SKILL, "UX"));
	}

	@Test
	void raisesNoWarningWhenTheDuoIsCompleteAndEverySkillIsCovered() {
		var team = team(TeamKind.STREAM_ALIGNED, Set.of(Skill.BACK_END, Skill.QA), pm, lead);
		team.putMember(dev, Set.of(Skill.BACK_END), 80);
		team.putMember(lead, Set.of(Skill.QA), 20);

		assertThat(team.warnings(hats)).isEmpty();
	}

	@Test
	void warnsAboutTheMissingHalfOfTheDuo() {
		assertThat(team(TeamKind.STREAM_ALIGNED, Set.of(), null, lead).warnings(hats)).extracting(OrgWarning::kind)
			.containsExactly(OrgWarning.Kind.MISSING_PRODUCT_MANAGER);
		assertThat(team(TeamKind.STREAM_ALIGNED, Set.of(), pm, null).warnings(hats)).extracting(OrgWarning::kind)
			.containsExactly(OrgWarning.Kind.MISSING_LEAD_DEVELOPER);
		assertThat(team(TeamKind.STREAM_ALIGNED, Set.of(), null, null).warnings(hats)).extracting(OrgWarning::code)
			.containsExactly("missing-product-manager", "missing-lead-developer");
	}

	@Test
	void flagsAComponentTeamAsOrganisedByTechnicalStack() {
		assertThat(team(TeamKind.COMPONENT, Set.of(), pm, lead).warnings(hats)).extracting(OrgWarning::code)
			.containsExactly("component-team");
	}

	@Test
	void warnsWhenADuoMemberDoesNotWearTheMatchingHat() {
		var team = team(TeamKind.STREAM_ALIGNED, Set.of(), dev, lead);

		assertThat(team.warnings(hats)).singleElement()
			.isEqualTo(new OrgWarning(OrgWarning.Kind.DUO_WITHOUT_HAT, "PRODUCT_MANAGER"));
	}

	@Test
	void warnsAboutAGroupWithoutItsDuo() {
		var group = Group.create(new GroupDetails("Payments", null, null, null));

		assertThat(group.warnings(hats)).extracting(OrgWarning::code)
			.containsExactly("missing-product-director", "missing-engineering-manager");
	}

	@Test
	void acceptsACpoAsProductDirectorAndAVpAsEngineeringManager() {
		var cpo = PersonId.random();
		var vp = PersonId.random();
		BiPredicate<UUID, HatKind> bigHats = (person, kind) -> person.equals(cpo.value()) && kind == HatKind.CPO
				|| person.equals(vp.value()) && kind == HatKind.VP_ENGINEERING;

		assertThat(Group.create(new GroupDetails("Payments", null, cpo, vp)).warnings(bigHats)).isEmpty();
	}

	@Test
	void putsAMemberOnceAndUpdatesTheirSkillsAndAllocation() {
		var team = team(TeamKind.PLATFORM, Set.of(), pm, lead);
		assertThat(team.putMember(dev, Set.of(Skill.DATA), 50)).isEmpty();

		var previous = team.putMember(dev, Set.of(Skill.QA), 30);

		assertThat(previous).hasValueSatisfying(m -> assertThat(m.allocationPercent()).isEqualTo(50));
		assertThat(team.members()).singleElement().satisfies(m -> {
			assertThat(m.allocationPercent()).isEqualTo(30);
			assertThat(m.skillSet()).containsExactly(Skill.QA);
		});
	}

	@Test
	void refusesAnAllocationOutsideOneToAHundredPercent() {
		var team = team(TeamKind.PLATFORM, Set.of(), pm, lead);

		for (int percent : new int[] { 0, 101, -5 }) {
			assertThatThrownBy(() -> team.putMember(dev, Set.of(), percent)).isInstanceOfSatisfying(
					InvalidInputException.class,
					e -> assertThat(e.errors().get(0).field()).isEqualTo("allocationPercent"));
		}
		assertThat(team.members()).isEmpty();
	}

	@Test
	void warnsAboutAPersonAllocatedOverAHundredPercentButAllowsIt() {
		assertThat(OrgRules.personWarnings(100)).isEmpty();
		assertThat(OrgRules.personWarnings(130)).singleElement()
			.isEqualTo(new OrgWarning(OrgWarning.Kind.OVER_ALLOCATED, "130%"));
	}

	@Test
	void refusesTeamDetailsWithoutNameOrKindOrWithOversizedText() {
		assertThatThrownBy(() -> new TeamDetails(" ", null, null, null, null, null, null)).isInstanceOfSatisfying(
				InvalidInputException.class,
				e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
					.containsExactly("name", "kind"));
		assertThatThrownBy(
				() -> new TeamDetails("x".repeat(201), "m".repeat(2001), TeamKind.PLATFORM, null, null, null, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
						.containsExactly("name", "mission"));
	}

}
