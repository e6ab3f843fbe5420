package dev.tandem.org;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.tandem.audit.AuditEntry;

/**
 * Assembles the organisation's timeline: hat starts and ends on their effective dates
 * (from the hats themselves), team, duo, membership and group changes on the day they
 * were recorded (from the audit trail). Newest first.
 */
final class OrgTimeline {

	/** A hat as stored, with its wearer. */
	record HatRecord(PersonRef person, HatKind kind, LocalDate startsOn, LocalDate endsOn) {
	}

	/** Current names by id, for people, teams and groups named in audit entries. */
	record Names(Map<UUID, String> people, Map<UUID, String> teams, Map<UUID, String> groups) {
	}

	/**
	 * Newest first; changes recorded at the same instant (one edit) in the reverse of the
	 * order they are recorded in, as if recorded one after the other.
	 */
	static final Comparator<OrgChange> NEWEST_FIRST = Comparator.comparing(OrgChange::date)
		.reversed()
		.thenComparing(OrgChange::recordedAt, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing((OrgChange c) -> c.kind().ordinal(), Comparator.reverseOrder())
		.thenComparing(c -> c.person() == null ? "" : c.person().name());

	private static final Set<HatKind> CPTO = EnumSet.of(HatKind.CTO, HatKind.CPO);

	private static final Pattern PERCENT = Pattern.compile("^(\\d{1,3})%");

	private OrgTimeline() {
	}

	static List<OrgChange> assemble(List<HatRecord> hats, List<AuditEntry> entries, Names names, ZoneId zone,
			Function<String, TeamKind> teamKindOf) {
		var changes = new ArrayList<OrgChange>();
		changes.addAll(hatChanges(hats));
		var deletedTeams = new LinkedHashMap<UUID, String>();
		entries.stream()
			.filter(e -> e.action().equals("team.deleted"))
			.forEach(e -> deletedTeams.putIfAbsent(uuid(e.subject().id()),
					e.summary().replaceFirst("^Deleted team ", "")));
		for (var entry : entries) {
			var change = fromAudit(entry, names, deletedTeams, zone, teamKindOf);
			if (change != null) {
				changes.add(change);
			}
		}
		changes.sort(NEWEST_FIRST);
		return changes;
	}

	/**
	 * Starts and ends per person and day; CTO and CPO started together, or one started
	 * while the other is worn, read as CPTO.
	 */
	static List<OrgChange> hatChanges(List<HatRecord> hats) {
		var changes = new ArrayList<OrgChange>();
		var starts = new LinkedHashMap<PersonDay, EnumSet<HatKind>>();
		var ends = new LinkedHashMap<PersonDay, EnumSet<HatKind>>();
		for (var hat : hats) {
			starts.computeIfAbsent(new PersonDay(hat.person(), hat.startsOn()), k -> EnumSet.noneOf(HatKind.class))
				.add(hat.kind());
			if (hat.endsOn() != null) {
				ends.computeIfAbsent(new PersonDay(hat.person(), hat.endsOn()), k -> EnumSet.noneOf(HatKind.class))
					.add(hat.kind());
			}
		}
		starts.forEach((day, kinds) -> {
			var wornThatDay = EnumSet.noneOf(HatKind.class);
			hats.stream()
				.filter(h -> h.person().id().equals(day.person().id()) && !h.startsOn().isAfter(day.day())
						&& (h.endsOn() == null || h.endsOn().isAfter(day.day())))
				.forEach(h -> wornThatDay.add(h.kind()));
			changes.addAll(grouped(OrgChangeKind.HAT_STARTED, day, kinds, wornThatDay.containsAll(CPTO)));
		});
		ends.forEach((day, kinds) -> changes.addAll(grouped(OrgChangeKind.HAT_ENDED, day, kinds, false)));
		return changes;
	}

	private static List<OrgChange> grouped(OrgChangeKind kind, PersonDay day, Set<HatKind> kinds,
			boolean cptoAfterwards) {
		var changes = new ArrayList<OrgChange>();
		var pair = kinds.containsAll(CPTO);
		if (pair) {
			changes.add(hatChange(kind, day, List.of(HatKind.CTO, HatKind.CPO), true));
		}
		for (var hat : kinds) {
			if (pair && CPTO.contains(hat)) {
				continue;
			}
			changes.add(hatChange(kind, day, List.of(hat), cptoAfterwards && CPTO.contains(hat)));
		}
		return changes;
	}

	private static OrgChange hatChange(OrgChangeKind kind, PersonDay day, List<HatKind> hats, boolean cpto) {
		return new OrgChange(kind, day.day(), null, day.person(), null, null, hats, cpto, null, null);
	}

	private record PersonDay(PersonRef person, LocalDate day) {
	}

	private static OrgChange fromAudit(AuditEntry e, Names names, Map<UUID, String> deletedTeams, ZoneId zone,
			Function<String, TeamKind> teamKindOf) {
		var date = LocalDate.ofInstant(e.occurredAt(), zone);
		var subjectId = uuid(e.subject().id());
		var related = e.related() != null && e.related().type().equals("person") ? uuid(e.related().id()) : null;
		var person = related == null ? null : new PersonRef(new PersonId(related), names.people().get(related));
		if ("team".equals(e.subject().type())) {
			var name = names.teams().getOrDefault(subjectId, deletedTeams.get(subjectId));
			var team = new TeamRef(new TeamId(subjectId), name);
			OrgChangeKind kind = switch (e.action()) {
				case "team.created" -> OrgChangeKind.TEAM_CREATED;
				case "team.renamed" -> OrgChangeKind.TEAM_RENAMED;
				case "team.kind-changed" -> OrgChangeKind.TEAM_KIND_CHANGED;
				case "team.updated" -> OrgChangeKind.TEAM_CHANGED;
				case "team.deleted" -> OrgChangeKind.TEAM_DELETED;
				case "team.product-manager-changed" -> OrgChangeKind.PRODUCT_MANAGER_CHANGED;
				case "team.lead-developer-changed" -> OrgChangeKind.LEAD_DEVELOPER_CHANGED;
				case "member.added" -> OrgChangeKind.MEMBER_JOINED;
				case "member.removed" -> OrgChangeKind.MEMBER_LEFT;
				case "member.updated" -> OrgChangeKind.MEMBER_CHANGED;
				default -> null;
			};
			if (kind == null) {
				return null;
			}
			var before = e.before();
			var after = e.after();
			switch (kind) {
				case TEAM_KIND_CHANGED -> {
					before = code(teamKindOf.apply(before), before);
					after = code(teamKindOf.apply(after), after);
				}
				case MEMBER_JOINED, MEMBER_LEFT, MEMBER_CHANGED -> {
					before = percentOf(before);
					after = percentOf(after);
				}
				case TEAM_CREATED, TEAM_CHANGED, TEAM_DELETED -> {
					before = null;
					after = null;
				}
				default -> {
				}
			}
			return new OrgChange(kind, date, e.occurredAt(), person, team, null, List.of(), false, before, after);
		}
		if ("group".equals(e.subject().type())) {
			var group = new GroupRef(new GroupId(subjectId), names.groups().get(subjectId));
			OrgChangeKind kind = switch (e.action()) {
				case "group.created" -> OrgChangeKind.GROUP_CREATED;
				case "group.renamed" -> OrgChangeKind.GROUP_RENAMED;
				case "group.updated" -> OrgChangeKind.GROUP_CHANGED;
				case "group.product-director-changed" -> OrgChangeKind.PRODUCT_DIRECTOR_CHANGED;
				case "group.engineering-manager-changed" -> OrgChangeKind.ENGINEERING_MANAGER_CHANGED;
				default -> null;
			};
			if (kind == null) {
				return null;
			}
			var keepValues = kind != OrgChangeKind.GROUP_CREATED && kind != OrgChangeKind.GROUP_CHANGED;
			return new OrgChange(kind, date, e.occurredAt(), person, null, group, List.of(), false,
					keepValues ? e.before() : null, keepValues ? e.after() : null);
		}
		return null;
	}

	private static String code(TeamKind kind, String fallback) {
		return kind == null ? fallback : kind.name();
	}

	/** "60% as Back end" (or the older "60% as BACK_END") → "60". */
	static String percentOf(String membership) {
		if (membership == null) {
			return null;
		}
		var matcher = PERCENT.matcher(membership);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
