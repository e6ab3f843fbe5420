package dev.tandem.org;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the views of teams, groups and memberships with plain SQL; the warnings come
 * from {@link OrgRules}.
 */
@Component
class OrgReadModel {

	private final JdbcClient jdbc;

	private final Clock clock;

	OrgReadModel(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private record TeamRow(UUID id, String name, String mission, TeamKind kind, long version, PersonRef productManager,
			PersonRef leadDeveloper, GroupRef group) {
	}

	private record MemberRow(UUID teamId, MemberView member) {
	}

	/** All teams, or the one given, ordered by name. */
	List<TeamView> teams(UUID onlyTeam) {
		var filter = onlyTeam == null ? "" : "where t.id = :teamId";
		var teamQuery = jdbc.sql("""
				select t.id, t.name, t.mission, t.kind, t.version,
				       t.product_manager_id, pm.name as product_manager_name,
				       t.lead_developer_id, ld.name as lead_developer_name,
				       t.group_id, g.name as group_name
				from org_team t
				left join org_person pm on pm.id = t.product_manager_id
				left join org_person ld on ld.id = t.lead_developer_id
				left join org_group g on g.id = t.group_id
				%s
				order by t.name_key
				""".formatted(filter));
		if (onlyTeam != null) {
			teamQuery = teamQuery.param("teamId", onlyTeam);
		}
		var rows = teamQuery
			.query((rs,
					n) -> new TeamRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("mission"),
							TeamKind.valueOf(rs.getString("kind")), rs.getLong("version"),
							ref(rs.getObject("product_manager_id", UUID.class), rs.getString("product_manager_name")),
							ref(rs.getObject("lead_developer_id", UUID.class), rs.getString("lead_developer_name")),
							rs.getObject("group_id", UUID.class) == null ? null : new GroupRef(
									new GroupId(rs.getObject("group_id", UUID.class)), rs.getString("group_name"))))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}

		var skillFilter = onlyTeam == null ? "" : "where team_id = :teamId";
		var skillQuery = jdbc.sql("select team_id, skill from org_team_skill " + skillFilter);
		if (onlyTeam != null) {
			skillQuery = skillQuery.param("teamId", onlyTeam);
		}
		var needed = new HashMap<UUID, List<Skill>>();
		skillQuery.query(rs -> {
			needed.computeIfAbsent(rs.getObject("team_id", UUID.class), k -> new ArrayList<>())
				.add(new Skill(rs.getString("skill")));
		});

		var memberFilter = onlyTeam == null ? "" : "where m.team_id = :teamId";
		var memberQuery = jdbc.sql("""
				select m.team_id, m.person_id, p.name, m.skills, m.allocation_percent,
				       (select sum(o.allocation_percent) from org_membership o where o.person_id = m.person_id) as total
				from org_membership m
				join org_person p on p.id = m.person_id
				%s
				order by lower(p.name), p.id
				""".formatted(memberFilter));
		if (onlyTeam != null) {
			memberQuery = memberQuery.param("teamId", onlyTeam);
		}
		var members = new HashMap<UUID, List<MemberView>>();
		memberQuery
			.query((rs, n) -> new MemberRow(rs.getObject("team_id", UUID.class),
					new MemberView(
							new PersonRef(new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("name")),
							List.copyOf(OrgRules.skillsOf(rs.getString("skills"))), rs.getInt("allocation_percent"),
							rs.getInt("total"))))
			.list()
			.forEach(row -> members.computeIfAbsent(row.teamId(), k -> new ArrayList<>()).add(row.member()));

		var hats = activeHats();
		return rows.stream().map(row -> {
			var skills = needed.getOrDefault(row.id(), List.of()).stream().sorted().toList();
			var teamMembers = members.getOrDefault(row.id(), List.of());
			var warnings = OrgRules.teamWarnings(row.kind(), skills,
					teamMembers.stream().map(MemberView::skills).toList(),
					row.productManager() == null ? null : row.productManager().id().value(),
					row.leadDeveloper() == null ? null : row.leadDeveloper().id().value(), hats);
			return new TeamView(new TeamId(row.id()), row.name(), row.mission(), row.kind(), skills,
					row.productManager(), row.leadDeveloper(), row.group(), List.copyOf(teamMembers), warnings,
					row.version());
		}).toList();
	}

	/** All groups, or the one given, ordered by name, each with its teams. */
	List<GroupView> groups(UUID onlyGroup) {
		var filter = onlyGroup == null ? "" : "where g.id = :groupId";
		var query = jdbc.sql("""
				select g.id, g.name, g.mission, g.version,
				       g.product_director_id, pd.name as product_director_name,
				       g.engineering_manager_id, em.name as engineering_manager_name
				from org_group g
				left join org_person pd on pd.id = g.product_director_id
				left join org_person em on em.id = g.engineering_manager_id
				%s
				order by g.name_key
				""".formatted(filter));
		if (onlyGroup != null) {
			query = query.param("groupId", onlyGroup);
		}
		var teamsByGroup = new HashMap<UUID, List<TeamRef>>();
		jdbc.sql("select id, name, group_id from org_team where group_id is not null order by name_key").query(rs -> {
			teamsByGroup.computeIfAbsent(rs.getObject("group_id", UUID.class), k -> new ArrayList<>())
				.add(new TeamRef(new TeamId(rs.getObject("id", UUID.class)), rs.getString("name")));
		});
		var hats = activeHats();
		return query.query((rs, n) -> {
			var id = rs.getObject("id", UUID.class);
			var director = rs.getObject("product_director_id", UUID.class);
			var manager = rs.getObject("engineering_manager_id", UUID.class);
			return new GroupView(new GroupId(id), rs.getString("name"), rs.getString("mission"),
					ref(director, rs.getString("product_director_name")),
					ref(manager, rs.getString("engineering_manager_name")),
					List.copyOf(teamsByGroup.getOrDefault(id, List.of())),
					OrgRules.groupWarnings(director, manager, hats), rs.getLong("version"));
		}).list();
	}

	OverviewView overview() {
		var teams = teams(null);
		var sections = new LinkedHashMap<UUID, List<TeamView>>();
		var groups = groups(null);
		groups.forEach(g -> sections.put(g.id().value(), new ArrayList<>()));
		var ungrouped = new ArrayList<TeamView>();
		for (var team : teams) {
			if (team.group() == null) {
				ungrouped.add(team);
			}
			else {
				sections.get(team.group().id().value()).add(team);
			}
		}
		var result = new ArrayList<OverviewView.Section>();
		for (var group : groups) {
			result.add(new OverviewView.Section(group, List.copyOf(sections.get(group.id().value()))));
		}
		if (!ungrouped.isEmpty()) {
			result.add(new OverviewView.Section(null, List.copyOf(ungrouped)));
		}
		return new OverviewView(List.copyOf(result));
	}

	/** The teams a person belongs to, by team name. */
	List<PersonView.PersonTeamView> teamsOf(UUID person) {
		return jdbc.sql("""
				select t.id, t.name, m.skills, m.allocation_percent
				from org_membership m
				join org_team t on t.id = m.team_id
				where m.person_id = :personId
				order by t.name_key
				""")
			.param("personId", person)
			.query((rs, n) -> new PersonView.PersonTeamView(
					new TeamRef(new TeamId(rs.getObject("id", UUID.class)), rs.getString("name")),
					List.copyOf(OrgRules.skillsOf(rs.getString("skills"))), rs.getInt("allocation_percent")))
			.list();
	}

	/** Each person's allocation summed over all teams. */
	Map<UUID, Integer> totalAllocations() {
		var totals = new HashMap<UUID, Integer>();
		jdbc.sql("select person_id, sum(allocation_percent) as total from org_membership group by person_id")
			.query(rs -> {
				totals.put(rs.getObject("person_id", UUID.class), rs.getInt("total"));
			});
		return totals;
	}

	/** Who wears which hat today. */
	BiPredicate<UUID, HatKind> activeHats() {
		var today = Date.valueOf(today());
		var hats = new HashMap<UUID, Set<HatKind>>();
		jdbc.sql("""
				select person_id, kind from org_hat
				where starts_on <= :today and (ends_on is null or ends_on > :today)
				""").param("today", today).query(rs -> {
			hats.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> EnumSet.noneOf(HatKind.class))
				.add(HatKind.valueOf(rs.getString("kind")));
		});
		return (person, kind) -> hats.getOrDefault(person, Set.of()).contains(kind);
	}

	private static PersonRef ref(UUID id, String name) {
		return id == null ? null : new PersonRef(new PersonId(id), name);
	}

	static Comparator<PersonSummary> byName() {
		return Comparator.comparing((PersonSummary p) -> p.name().toLowerCase(java.util.Locale.ROOT))
			.thenComparing(p -> p.id().value());
	}

	/** Every hat ever worn, with its wearer, for the timeline. */
	List<OrgTimeline.HatRecord> hatRecords() {
		return jdbc.sql("""
				select p.id as person_id, p.name as person_name, h.kind, h.starts_on, h.ends_on
				from org_hat h
				join org_person p on p.id = h.person_id
				""")
			.query((rs, n) -> new OrgTimeline.HatRecord(
					new PersonRef(new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("person_name")),
					HatKind.valueOf(rs.getString("kind")), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	/** Today's names of people, teams and groups, by id. */
	OrgTimeline.Names names() {
		return new OrgTimeline.Names(namesIn("org_person"), namesIn("org_team"), namesIn("org_group"));
	}

	private Map<UUID, String> namesIn(String table) {
		var names = new HashMap<UUID, String>();
		jdbc.sql("select id, name from " + table).query(rs -> {
			names.put(rs.getObject("id", UUID.class), rs.getString("name"));
		});
		return names;
	}

	ZoneId zone() {
		return clock.getZone();
	}

}
