package dev.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.audit.AuditEntry;
import dev.tandem.audit.Subject;

class OrgTimelineTests {

	private static final PersonRef JONAS = new PersonRef(PersonId.random(), "Jonas Weber");

	private static final PersonRef SOFIA = new PersonRef(PersonId.random(), "Sofia Ricci");

	private static final UUID TEAM = UUID.randomUUID();

	private static final OrgTimeline.Names NAMES = new OrgTimeline.Names(
			Map.of(JONAS.id().value(), JONAS.name(), SOFIA.id().value(), SOFIA.name()), Map.of(TEAM, "Checkout"),
			Map.of());

	private static OrgTimeline.HatRecord hat(PersonRef person, HatKind kind, String from, String to) {
		return new OrgTimeline.HatRecord(person, kind, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
	}

	private static AuditEntry entry(String at, String type, UUID id, PersonRef related, String action, String summary,
			String before, String after) {
		return new AuditEntry(UUID.randomUUID(), Instant.parse(at), "someone", Subject.of(type, id),
				related == null ? null : Subject.of("person", related.id()), action, summary, before, after);
	}

	private static List<OrgChange> assemble(List<OrgTimeline.HatRecord> hats, List<AuditEntry> entries) {
		return OrgTimeline.assemble(hats, entries, NAMES, ZoneOffset.UTC, label -> "Platform".equals(label)
				? TeamKind.PLATFORM : "Feature team".equals(label) ? TeamKind.STREAM_ALIGNED : null);
	}

	@Test
	void datesHatChangesByWhenTheyTakeEffectNewestFirst() {
		var changes = assemble(List.of(hat(JONAS, HatKind.CPO, "2019-03-01", "2025-08-31"),
				hat(SOFIA, HatKind.CPO, "2025-09-01", null), hat(SOFIA, HatKind.HEAD_OF_PRODUCT, "2022-01-01", null)),
				List.of());

		assertThat(changes).extracting(OrgChange::kind, OrgChange::date, c -> c.person().name(), OrgChange::hats)
			.containsExactly(
					tuple(OrgChangeKind.HAT_STARTED, LocalDate.of(2025, 9, 1), "Sofia Ricci", List.of(HatKind.CPO)),
					tuple(OrgChangeKind.HAT_ENDED, LocalDate.of(2025, 8, 31), "Jonas Weber", List.of(HatKind.CPO)),
					tuple(OrgChangeKind.HAT_STARTED, LocalDate.of(2022, 1, 1), "Sofia Ricci",
							List.of(HatKind.HEAD_OF_PRODUCT)),
					tuple(OrgChangeKind.HAT_STARTED, LocalDate.of(2019, 3, 1), "Jonas Weber", List.of(HatKind.CPO)));
	}

	@Test
	void readsTheCtoAndCpoHatsStartedTogetherAsOneCptoChange() {
		var changes = assemble(List.of(hat(JONAS, HatKind.CTO, "2019-03-01", null),
				hat(JONAS, HatKind.CPO, "2019-03-01", null), hat(JONAS, HatKind.CEO, "2019-03-01", null)), List.of());

		assertThat(changes).hasSize(2);
		assertThat(changes).filteredOn(OrgChange::cpto)
			.singleElement()
			.satisfies(c -> assertThat(c.hats()).containsExactly(HatKind.CTO, HatKind.CPO));
	}

	@Test
	void marksACpoHatTakenByTheCtoAsMakingThemCpto() {
		var changes = assemble(
				List.of(hat(JONAS, HatKind.CTO, "2019-03-01", null), hat(JONAS, HatKind.CPO, "2024-01-01", null)),
				List.of());

		assertThat(changes.get(0).hats()).containsExactly(HatKind.CPO);
		assertThat(changes.get(0).cpto()).isTrue();
		assertThat(changes.get(1).cpto()).isFalse();
	}

	@Test
	void turnsAuditEntriesIntoStructuredTeamMemberAndDuoChangesOnTheDayTheyWereRecorded() {
		var changes = assemble(List.of(hat(SOFIA, HatKind.PRODUCT_MANAGER, "2020-01-01", null)),
				List.of(entry("2026-11-20T10:00:00Z", "team", TEAM, null, "team.created", "Created team Checkout", null,
						"Checkout (Feature team)"),
						entry("2026-11-20T10:01:00Z", "team", TEAM, SOFIA, "member.added", "Sofia joined", null,
								"60% as Back end"),
						entry("2026-11-21T09:00:00Z", "team", TEAM, null, "team.kind-changed",
								"Checkout is now Platform", "Feature team", "Platform"),
						entry("2026-11-21T09:00:00Z", "team", TEAM, SOFIA, "team.product-manager-changed",
								"Sofia became product manager", null, "Sofia Ricci"),
						entry("2026-11-22T09:00:00Z", "team", TEAM, SOFIA, "member.updated", "Changed",
								"60% as BACK_END", "40% as Back end, Front end"),
						entry("2026-11-22T09:05:00Z", "person", SOFIA.id().value(), null, "person.updated", "Updated",
								null, null)));

		assertThat(changes).extracting(OrgChange::kind)
			.containsExactly(OrgChangeKind.MEMBER_CHANGED, OrgChangeKind.PRODUCT_MANAGER_CHANGED,
					OrgChangeKind.TEAM_KIND_CHANGED, OrgChangeKind.MEMBER_JOINED, OrgChangeKind.TEAM_CREATED,
					OrgChangeKind.HAT_STARTED);
		assertThat(changes.get(0)).extracting(OrgChange::before, OrgChange::after).containsExactly("60", "40");
		assertThat(changes.get(0).date()).isEqualTo(LocalDate.of(2026, 11, 22));
		assertThat(changes.get(0).team()).isEqualTo(new TeamRef(new TeamId(TEAM), "Checkout"));
		assertThat(changes.get(1).person()).isEqualTo(SOFIA);
		assertThat(changes.get(2)).extracting(OrgChange::before, OrgChange::after)
			.containsExactly("STREAM_ALIGNED", "PLATFORM");
	}

	@Test
	void namesADeletedTeamByItsLastName() {
		var gone = UUID.randomUUID();

		var changes = assemble(List.of(),
				List.of(entry("2026-11-22T09:00:00Z", "team", gone, null, "team.deleted", "Deleted team Legacy",
						"Legacy (Platform)", null),
						entry("2026-11-20T09:00:00Z", "team", gone, null, "team.created", "Created team Legacy", null,
								"Legacy (Platform)")));

		assertThat(changes).extracting(c -> c.team().name()).containsExactly("Legacy", "Legacy");
	}

	@Test
	void filtersByCategoryPersonAndTeam() {
		var changes = assemble(List.of(hat(SOFIA, HatKind.CPO, "2025-09-01", null)),
				List.of(entry("2026-11-20T10:01:00Z", "team", TEAM, SOFIA, "member.added", "Sofia joined", null,
						"60% as Back end")));

		assertThat(changes.stream().filter(new OrgChangeFilter(null, SOFIA.id(), null)::accepts)).hasSize(2);
		assertThat(changes.stream().filter(new OrgChangeFilter(null, null, new TeamId(TEAM))::accepts)).hasSize(1);
		assertThat(changes.stream()
			.filter(new OrgChangeFilter(OrgChangeKind.Category.HATS, SOFIA.id(), null)::accepts)
			.map(OrgChange::kind)).containsExactly(OrgChangeKind.HAT_STARTED);
		assertThat(changes.stream().filter(new OrgChangeFilter(null, JONAS.id(), null)::accepts)).isEmpty();
	}

	@Test
	void readsTheAllocationOutOfAMembershipSummary() {
		assertThat(OrgTimeline.percentOf("100% as BACK_END, FRONT_END")).isEqualTo("100");
		assertThat(OrgTimeline.percentOf("5%")).isEqualTo("5");
		assertThat(OrgTimeline.percentOf("lots")).isNull();
	}

}
