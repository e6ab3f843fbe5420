package dev.tandem.roadmap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads roadmap items with their team and objective ids, in lane order, with plain SQL.
 */
@Component
class RoadmapReadModel {

	private final JdbcClient jdbc;

	RoadmapReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the item table says, before teams' names and objectives' titles are added. */
	record ItemRow(UUID id, String title, String problem, String outcome, String measure, Lane lane, int position,
			long version, List<UUID> teamIds, List<UUID> objectiveIds) {
	}

	/**
	 * Which items to read; null parts do not narrow. {@code teams} empty (not null) means
	 * no item.
	 */
	record Criteria(Set<Lane> lanes, Collection<UUID> teams, UUID objective, Collection<UUID> ids,
			boolean onlyNotAligned) {

		static Criteria all() {
			return new Criteria(null, null, null, null, false);
		}

	}

	/** The matching items, by lane (Now first) and position. */
	List<ItemRow> items(Criteria criteria) {
		if ((criteria.teams() != null && criteria.teams().isEmpty())
				|| (criteria.ids() != null && criteria.ids().isEmpty())
				|| (criteria.lanes() != null && criteria.lanes().isEmpty())) {
			return List.of();
		}
		var where = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (criteria.lanes() != null) {
			where.add("i.lane in (:lanes)");
			params.put("lanes", criteria.lanes().stream().map(Lane::name).toList());
		}
		if (criteria.teams() != null) {
			where.add("exists (select 1 from roadmap_item_team t where t.item_id = i.id and t.team_id in (:teams))");
			params.put("teams", List.copyOf(criteria.teams()));
		}
		if (criteria.objective() != null) {
			where.add("exists (select 1 from roadmap_item_objective o where o.item_id = i.id "
					+ "and o.objective_id = :objective)");
			params.put("objective", criteria.objective());
		}
		if (criteria.ids() != null) {
			where.add("i.id in (:ids)");
			params.put("ids", List.copyOf(criteria.ids()));
		}
		if (criteria.onlyNotAligned()) {
			where.add("not exists (select 1 from roadmap_item_objective o where o.item_id = i.id)");
		}
		var sql = """
				select i.id, i.title, i.problem, i.outcome, i.measure, i.lane, i.lane_position, i.version
				from roadmap_item i
				%s
				""".formatted(where.isEmpty() ? "" : "where " + String.join(" and ", where));
		var rows = jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new ItemRow(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("problem"), rs.getString("outcome"), rs.getString("measure"),
					Lane.valueOf(rs.getString("lane")), rs.getInt("lane_position"), rs.getLong("version"), null, null))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = rows.stream().map(ItemRow::id).toList();
		var teams = links("select item_id, team_id as other from roadmap_item_team where item_id in (:ids)", ids);
		var objectives = links(
				"select item_id, objective_id as other from roadmap_item_objective where item_id in (:ids)", ids);
		return rows.stream()
			.map(r -> new ItemRow(r.id(), r.title(), r.problem(), r.outcome(), r.measure(), r.lane(), r.position(),
					r.version(), teams.getOrDefault(r.id(), List.of()), objectives.getOrDefault(r.id(), List.of())))
			.sorted(Comparator.comparing(ItemRow::lane).thenComparingInt(ItemRow::position).thenComparing(ItemRow::id))
			.toList();
	}

	/** Titles of the given items that exist. */
	Map<UUID, String> titles(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var titles = new HashMap<UUID, String>();
		jdbc.sql("select id, title from roadmap_item where id in (:ids)").param("ids", List.copyOf(ids)).query(rs -> {
			titles.put(rs.getObject("id", UUID.class), rs.getString("title"));
		});
		return titles;
	}

	private Map<UUID, List<UUID>> links(String sql, List<UUID> ids) {
		var links = new HashMap<UUID, List<UUID>>();
		jdbc.sql(sql).param("ids", ids).query(rs -> {
			links.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
				.add(rs.getObject("other", UUID.class));
		});
		return links;
	}

}
