package dev.tandem.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL reads and the small writes outside the work item aggregate (dependencies, releases,
 * sizes).
 */
@Repository
class DeliveryReadModel {

	private final JdbcClient jdbc;

	DeliveryReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Filters of the item list; null means any. */
	record Criteria(UUID team, WorkItemKind kind, WorkflowState state, UUID roadmapItem, String label) {
	}

	/** An item that reached DONE (and is still done or released) with its first start. */
	record Finished(UUID id, String title, Instant started, Instant finished) {
	}

	DeliveryHistory.Stamp stamp() {
		return jdbc.sql("""
				select count(*) as items, coalesce(sum(version), 0) as versions, max(created_at) as last_created
				from work_item
				""")
			.query((rs, n) -> new DeliveryHistory.Stamp(rs.getLong("items"), rs.getLong("versions"),
					instant(rs.getObject("last_created", OffsetDateTime.class))))
			.single();
	}

	List<UUID> ids(Criteria criteria) {
		var where = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (criteria.team() != null) {
			where.add("w.team_id = :team");
			params.put("team", criteria.team());
		}
		if (criteria.kind() != null) {
			where.add("w.kind = :kind");
			params.put("kind", criteria.kind().name());
		}
		if (criteria.state() != null) {
			where.add("w.state = :state");
			params.put("state", criteria.state().name());
		}
		if (criteria.roadmapItem() != null) {
			where.add("w.roadmap_item_id = :roadmapItem");
			params.put("roadmapItem", criteria.roadmapItem());
		}
		if (criteria.label() != null) {
			where.add("exists (select 1 from work_item_label l where l.item_id = w.id and l.label = :label)");
			params.put("label", criteria.label());
		}
		var sql = """
				select w.id from work_item w
				%s
				order by w.created_at, w.id
				""".formatted(where.isEmpty() ? "" : "where " + String.join(" and ", where));
		return jdbc.sql(sql).params(params).query(UUID.class).list();
	}

	/**
	 * Every item's shape, to name parents, children and dependencies and to span
	 * features.
	 */
	Map<UUID, Shape> shapes() {
		var shapes = new HashMap<UUID, Shape>();
		jdbc.sql("select id, kind, title, state, team_id, parent_id, roadmap_item_id from work_item")
			.query((rs, n) -> new Shape(rs.getObject("id", UUID.class), WorkItemKind.valueOf(rs.getString("kind")),
					rs.getString("title"), WorkflowState.valueOf(rs.getString("state")),
					rs.getObject("team_id", UUID.class), rs.getObject("parent_id", UUID.class),
					rs.getObject("roadmap_item_id", UUID.class)))
			.list()
			.forEach(s -> shapes.put(s.id(), s));
		return shapes;
	}

	/** An item's shape. */
	record Shape(UUID id, WorkItemKind kind, String title, WorkflowState state, UUID team, UUID parent,
			UUID roadmapItem) {

		FeatureSpans.Node node() {
			return new FeatureSpans.Node(id, kind, team, parent);
		}

	}

	List<DependencyGraph.Edge> edges() {
		return jdbc.sql("select blocker_id, blocked_id from work_item_dependency")
			.query((rs, n) -> new DependencyGraph.Edge(rs.getObject("blocker_id", UUID.class),
					rs.getObject("blocked_id", UUID.class)))
			.list();
	}

	boolean addEdge(UUID blocker, UUID blocked) {
		var exists = jdbc.sql("select count(*) from work_item_dependency where blocker_id = :a and blocked_id = :b")
			.param("a", blocker)
			.param("b", blocked)
			.query(Integer.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		jdbc.sql("insert into work_item_dependency (blocker_id, blocked_id) values (:a, :b)")
			.param("a", blocker)
			.param("b", blocked)
			.update();
		return true;
	}

	boolean removeEdge(UUID blocker, UUID blocked) {
		return jdbc.sql("delete from work_item_dependency where blocker_id = :a and blocked_id = :b")
			.param("a", blocker)
			.param("b", blocked)
			.update() > 0;
	}

	/**
	 * Serialises dependency changes, so two concurrent additions cannot close a loop
	 * together.
	 */
	void lockDependencies() {
		jdbc.sql("select id from delivery_lock where id = 'dependencies' for update").query(String.class).list();
	}

	List<Finished> finished(UUID team, Instant from, Instant to) {
		return jdbc.sql("""
				select w.id, w.title, d.finished,
				       (select min(s.happened_at) from work_item_transition s
				        where s.item_id = w.id and s.to_state = 'IN_PROGRESS') as started
				from work_item w
				join (select item_id, max(happened_at) as finished from work_item_transition
				      where to_state = 'DONE' group by item_id) d on d.item_id = w.id
				where w.team_id = :team and w.state in ('DONE', 'RELEASED')
				  and d.finished >= :from and d.finished < :to
				order by d.finished, w.id
				""")
			.param("team", team)
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, n) -> new Finished(rs.getObject("id", UUID.class), rs.getString("title"),
					instant(rs.getObject("started", OffsetDateTime.class)),
					instant(rs.getObject("finished", OffsetDateTime.class))))
			.list();
	}

	void insertRelease(UUID id, String name, Instant at, String by, List<UUID> items) {
		jdbc.sql("insert into delivery_release (id, name, released_at, released_by) values (:id, :name, :at, :by)")
			.param("id", id)
			.param("name", name)
			.param("at", utc(at))
			.param("by", by)
			.update();
		for (var item : items) {
			jdbc.sql("insert into delivery_release_item (release_id, item_id) values (:id, :item)")
				.param("id", id)
				.param("item", item)
				.update();
		}
	}

	SizeScale sizes(UUID team) {
		return versionedSizes(team).scale();
	}

	/** The team's sizes and their version, 0 when the team never set them. */
	VersionedSizes versionedSizes(UUID team) {
		return jdbc.sql("select xs, s, m, l, xl, version from delivery_team_sizes where team_id = :team")
			.param("team", team)
			.query((rs,
					n) -> new VersionedSizes(new SizeScale(rs.getInt("xs"), rs.getInt("s"), rs.getInt("m"),
							rs.getInt("l"), rs.getInt("xl")), rs.getLong("version")))
			.optional()
			.orElse(new VersionedSizes(SizeScale.DEFAULT, 0));
	}

	record VersionedSizes(SizeScale scale, long version) {
	}

	/**
	 * Writes the sizes if they are still at {@code expectedVersion}; false when someone
	 * else wrote them first.
	 */
	boolean putSizes(UUID team, SizeScale scale, long expectedVersion) {
		if (expectedVersion == 0) {
			if (jdbc.sql("select count(*) from delivery_team_sizes where team_id = :team")
				.param("team", team)
				.query(Integer.class)
				.single() > 0) {
				return false;
			}
			try {
				jdbc.sql("""
						insert into delivery_team_sizes (team_id, xs, s, m, l, xl, version)
						values (:team, :xs, :s, :m, :l, :xl, 1)
						""").params(sizeParams(team, scale)).update();
				return true;
			}
			catch (DuplicateKeyException e) {
				// someone set the team's first sizes at the same moment
				return false;
			}
		}
		return jdbc.sql("""
				update delivery_team_sizes set xs = :xs, s = :s, m = :m, l = :l, xl = :xl, version = version + 1
				where team_id = :team and version = :version
				""").params(sizeParams(team, scale)).param("version", expectedVersion).update() > 0;
	}

	private static Map<String, Object> sizeParams(UUID team, SizeScale scale) {
		return Map.of("team", team, "xs", scale.xs(), "s", scale.s(), "m", scale.m(), "l", scale.l(), "xl", scale.xl());
	}

	/**
	 * [estimated items, estimated without QA] of a team's items; imported estimates,
	 * whose participants nobody knows, are left out.
	 */
	int[] estimateCounts(UUID team) {
		return jdbc.sql("""
				select count(*) as estimated,
				       coalesce(sum(case when estimate_without_qa then 1 else 0 end), 0) as without_qa
				from work_item where team_id = :team and estimate_points is not null
				  and estimate_without_qa is not null
				""")
			.param("team", team)
			.query((rs, n) -> new int[] { rs.getInt("estimated"), rs.getInt("without_qa") })
			.single();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
