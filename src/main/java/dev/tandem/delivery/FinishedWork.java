package dev.tandem.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.org.TeamId;
import dev.tandem.roadmap.RoadmapItemId;

/**
 * The work every team finished in a period, for reports that look across teams (the
 * monthly review's investment mix). An item counts when it last reached DONE, and only if
 * it is still done or released — the same rule as {@link DeliveryHistory}'s throughput.
 */
@Service
public class FinishedWork {

	private final JdbcClient jdbc;

	FinishedWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One finished item; {@code points} is null when it was never estimated. */
	public record FinishedItem(WorkItemId id, String title, WorkItemKind kind, TeamId team, Integer points,
			RoadmapItemId roadmapItemId, Instant finishedAt) {
	}

	/**
	 * Items finished from {@code from} (included) to {@code to} (excluded), oldest first.
	 */
	@Transactional(readOnly = true)
	public List<FinishedItem> between(Instant from, Instant to) {
		return jdbc.sql("""
				select w.id, w.title, w.kind, w.team_id, w.estimate_points, w.roadmap_item_id, d.finished
				from work_item w
				join (select item_id, max(happened_at) as finished from work_item_transition
				      where to_state = 'DONE' group by item_id) d on d.item_id = w.id
				where w.state in ('DONE', 'RELEASED') and d.finished >= :from and d.finished < :to
				order by d.finished, w.id
				""")
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> {
				var roadmapItem = rs.getObject("roadmap_item_id", UUID.class);
				var points = rs.getObject("estimate_points", Integer.class);
				return new FinishedItem(new WorkItemId(rs.getObject("id", UUID.class)), rs.getString("title"),
						WorkItemKind.valueOf(rs.getString("kind")), new TeamId(rs.getObject("team_id", UUID.class)),
						points, roadmapItem == null ? null : new RoadmapItemId(roadmapItem),
						rs.getObject("finished", OffsetDateTime.class).toInstant());
			})
			.list();
	}

}
