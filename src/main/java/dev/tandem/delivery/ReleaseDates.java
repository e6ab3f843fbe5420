package dev.tandem.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.org.TeamId;

/**
 * When work items reached customers, read from the workflow history: the first move to
 * RELEASED. An item that was only ever DONE has not been released (DONE means built, not
 * shipped), and moving it back out of RELEASED later does not change when it first
 * shipped. Downstream modules (adoption) measure usage from that moment.
 */
@Component
public class ReleaseDates {

	private final JdbcClient jdbc;

	ReleaseDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A work item with what a module tracking it needs: kind, team, state and the first
	 * time it became RELEASED (null when it never did).
	 */
	public record TrackedItem(WorkItemId id, String title, WorkItemKind kind, TeamId team, WorkflowState state,
			Instant releasedAt) {

		public boolean released() {
			return releasedAt != null;
		}

	}

	/** The items among {@code ids} that exist; unknown ids are absent from the map. */
	@Transactional(readOnly = true)
	public Map<WorkItemId, TrackedItem> of(Collection<WorkItemId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var result = new HashMap<WorkItemId, TrackedItem>();
		jdbc.sql("""
				SELECT i.id, i.title, i.kind, i.team_id, i.state,
				       (SELECT MIN(t.happened_at) FROM work_item_transition t
				        WHERE t.item_id = i.id AND t.to_state = 'RELEASED') AS released_at
				FROM work_item i WHERE i.id IN (:ids)""")
			.param("ids", ids.stream().map(WorkItemId::value).distinct().toList())
			.query((rs, n) -> {
				var releasedAt = rs.getTimestamp("released_at");
				return new TrackedItem(new WorkItemId(rs.getObject("id", UUID.class)), rs.getString("title"),
						WorkItemKind.valueOf(rs.getString("kind")), new TeamId(rs.getObject("team_id", UUID.class)),
						WorkflowState.valueOf(rs.getString("state")),
						releasedAt == null ? null : releasedAt.toInstant());
			})
			.list()
			.forEach(item -> result.put(item.id(), item));
		return result;
	}

	/** The features of a team, to offer when choosing what a definition tracks. */
	@Transactional(readOnly = true)
	public List<TrackedItem> featuresOf(TeamId team) {
		var ids = jdbc.sql("SELECT id FROM work_item WHERE kind = 'FEATURE' AND team_id = :team ORDER BY title")
			.param("team", team.value())
			.query((rs, n) -> new WorkItemId(rs.getObject("id", UUID.class)))
			.list();
		var items = of(ids);
		return ids.stream().map(items::get).toList();
	}

	/** Every feature work item by title, to offer in forms. */
	@Transactional(readOnly = true)
	public List<TrackedItem> features() {
		var ids = jdbc.sql("SELECT id FROM work_item WHERE kind = 'FEATURE' ORDER BY title")
			.query((rs, n) -> new WorkItemId(rs.getObject("id", UUID.class)))
			.list();
		var items = of(ids);
		return ids.stream().map(items::get).toList();
	}

}
