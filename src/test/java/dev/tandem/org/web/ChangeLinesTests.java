package dev.tandem.org.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.tandem.org.GroupId;
import dev.tandem.org.GroupRef;
import dev.tandem.org.HatKind;
import dev.tandem.org.OrgChange;
import dev.tandem.org.OrgChangeKind;
import dev.tandem.org.PersonId;
import dev.tandem.org.PersonRef;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamRef;

class ChangeLinesTests {

	private static final PersonRef SOFIA = new PersonRef(PersonId.random(), "Sofia Ricci");

	private static final TeamRef CHECKOUT = new TeamRef(TeamId.of(java.util.UUID.randomUUID().toString()), "Checkout");

	private final ChangeLines lines;

	ChangeLinesTests() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/org");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		lines = new ChangeLines(messages);
	}

	private static OrgChange hat(OrgChangeKind kind, String date, boolean cpto, HatKind... hats) {
		return new OrgChange(kind, LocalDate.parse(date), null, SOFIA, null, null, List.of(hats), cpto, null, null);
	}

	private static OrgChange team(OrgChangeKind kind, String before, String after) {
		return new OrgChange(kind, LocalDate.of(2026, 11, 20), Instant.parse("2026-11-20T10:00:00Z"), SOFIA, CHECKOUT,
				null, List.of(), false, before, after);
	}

	@Test
	void namesHatsWithTheirLabelsInEnglishAndFrench() {
		var lead = hat(OrgChangeKind.HAT_ENDED, "2025-08-31", false, HatKind.LEAD_DEVELOPER);

		assertThat(lines.text(lead, Locale.ENGLISH)).isEqualTo("Sofia Ricci handed over the Lead developer hat");
		assertThat(lines.text(lead, Locale.FRENCH)).isEqualTo("Sofia Ricci passe la main comme Lead développeur");
		assertThat(lines.text(hat(OrgChangeKind.HAT_STARTED, "2025-09-01", false, HatKind.CPO), Locale.ENGLISH))
			.isEqualTo("Sofia Ricci became CPO");
	}

	@Test
	void readsTheCtoAndCpoPairAsCpto() {
		assertThat(lines.text(hat(OrgChangeKind.HAT_STARTED, "2025-09-01", true, HatKind.CTO, HatKind.CPO),
				Locale.ENGLISH))
			.isEqualTo("Sofia Ricci became CPTO");
		assertThat(lines.text(hat(OrgChangeKind.HAT_STARTED, "2025-09-01", true, HatKind.CPO), Locale.ENGLISH))
			.isEqualTo("Sofia Ricci took the CPO hat and became CPTO");
	}

	@Test
	void describesTeamDuoAndMemberChangesWithoutCodes() {
		assertThat(lines.text(team(OrgChangeKind.TEAM_KIND_CHANGED, "STREAM_ALIGNED", "PLATFORM"), Locale.ENGLISH))
			.isEqualTo("Checkout changed kind: Feature team → Platform");
		assertThat(lines.text(team(OrgChangeKind.MEMBER_JOINED, null, "60"), Locale.FRENCH))
			.isEqualTo("Sofia Ricci rejoint Checkout (60 %)");
		assertThat(lines.text(team(OrgChangeKind.MEMBER_CHANGED, "60", "40"), Locale.ENGLISH))
			.isEqualTo("Sofia Ricci now spends 40% in Checkout (was 60%)");
		assertThat(
				lines.text(team(OrgChangeKind.PRODUCT_MANAGER_CHANGED, "Jonas Weber", "Sofia Ricci"), Locale.ENGLISH))
			.isEqualTo("Sofia Ricci became product manager of Checkout, taking over from Jonas Weber");
		assertThat(lines.text(team(OrgChangeKind.LEAD_DEVELOPER_CHANGED, "Sofia Ricci", null), Locale.FRENCH))
			.isEqualTo("Checkout n’a plus de lead développeur (Sofia Ricci quitte ce rôle)");
		var group = new OrgChange(OrgChangeKind.ENGINEERING_MANAGER_CHANGED, LocalDate.of(2026, 1, 1), null, SOFIA,
				null, new GroupRef(new GroupId(java.util.UUID.randomUUID()), "Commerce"), List.of(), false, null,
				"Sofia Ricci");
		assertThat(lines.text(group, Locale.ENGLISH)).isEqualTo("Sofia Ricci became engineering manager of Commerce");
	}

	@Test
	void hasASentenceForEveryKindOfChangeInBothLanguages() {
		for (var kind : OrgChangeKind.values()) {
			var change = new OrgChange(kind, LocalDate.of(2026, 1, 1), null, SOFIA, CHECKOUT,
					new GroupRef(new GroupId(java.util.UUID.randomUUID()), "Commerce"), List.of(HatKind.QA), false,
					"10", "20");
			for (var locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
				assertThat(lines.text(change, locale)).as(kind + " in " + locale)
					.isNotBlank()
					.doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
			}
		}
	}

	@Test
	void groupsByMonthNewestFirstAndDoesNotHeadAMonthTwice() {
		var changes = List.of(hat(OrgChangeKind.HAT_STARTED, "2025-09-01", false, HatKind.CPO),
				hat(OrgChangeKind.HAT_ENDED, "2025-08-31", false, HatKind.LEAD_DEVELOPER),
				hat(OrgChangeKind.HAT_STARTED, "2025-08-01", false, HatKind.QA));

		var months = lines.months(changes, YearMonth.of(2025, 9), LocalDate.of(2025, 8, 15), Locale.ENGLISH);

		assertThat(months).extracting(ChangeLines.Month::month)
			.containsExactly(YearMonth.of(2025, 9), YearMonth.of(2025, 8));
		assertThat(months.get(0).continued()).isTrue();
		assertThat(months.get(1).continued()).isFalse();
		assertThat(months.get(1).lines()).hasSize(2);
		assertThat(months.get(0).lines().get(0).upcoming()).isTrue();
		assertThat(months.get(0).lines().get(0).path()).isEqualTo("/org/people/" + SOFIA.id());
	}

}
