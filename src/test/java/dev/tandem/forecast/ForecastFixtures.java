package dev.tandem.forecast;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.tandem.delivery.WorkItemDetails;
import dev.tandem.delivery.WorkItemImport;
import dev.tandem.delivery.WorkItemKind;
import dev.tandem.delivery.WorkItemView;
import dev.tandem.delivery.WorkItems;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapItemView;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.support.Unique;

/**
 * A small hand-built history with known answers: teams that finished exactly
 * {@code perDay} items on every day of the last twelve weeks (imported with their past
 * dates, as a tracker export would be), and open work on roadmap items.
 */
final class ForecastFixtures {

	static final String ACTOR = "forecast-tests@example.com";

	private final Teams teams;

	private final WorkItemImport imports;

	private final WorkItems workItems;

	private final RoadmapPlanning planning;

	private final Clock clock;

	ForecastFixtures(org.springframework.context.ApplicationContext context) {
		this(context.getBean(Teams.class), context.getBean(WorkItemImport.class), context.getBean(WorkItems.class),
				context.getBean(RoadmapPlanning.class), context.getBean(Clock.class));
	}

	ForecastFixtures(Teams teams, WorkItemImport imports, WorkItems workItems, RoadmapPlanning planning, Clock clock) {
		this.teams = teams;
		this.imports = imports;
		this.workItems = workItems;
		this.planning = planning;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	TeamId team(String name) {
		return teams
			.create(new TeamDetails(name + " " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null, null,
					null))
			.id();
	}

	/**
	 * A team that finished {@code perDay} items on each of the last 84 days (noon UTC):
	 * constant throughput over the default window.
	 */
	TeamId steadyTeam(String name, int perDay) {
		var team = team(name);
		var prefix = "F" + Unique.suffix().replaceAll("[^A-Za-z0-9]", "");
		var batch = new ArrayList<WorkItemImport.ImportedItem>();
		for (int daysAgo = 1; daysAgo <= 84; daysAgo++) {
			var resolved = today().minusDays(daysAgo).atTime(12, 0).toInstant(ZoneOffset.UTC);
			for (int i = 0; i < perDay; i++) {
				batch.add(new WorkItemImport.ImportedItem(prefix + "-" + daysAgo + "-" + i, WorkItemKind.STORY,
						"Done " + daysAgo + "/" + i, null, WorkflowState.RELEASED, resolved.minus(Duration.ofDays(2)),
						resolved, resolved, null, Set.of()));
			}
		}
		imports.importInto(team, batch, ACTOR);
		return team;
	}

	RoadmapItemView roadmapItem(String title, Lane lane, TeamId... owners) {
		return planning.create(
				new RoadmapItemDetails(title + " " + Unique.suffix(), null, null, null, Set.of(owners), Set.of()), lane,
				null);
	}

	/** {@code count} open stories of the team on the roadmap item (null: none). */
	List<WorkItemView> openWork(TeamId team, RoadmapItemView on, int count) {
		var created = new ArrayList<WorkItemView>();
		for (int i = 0; i < count; i++) {
			created.add(workItems.create(new WorkItemDetails(WorkItemKind.STORY, "Open " + i, null, team, null,
					on == null ? null : on.id(), Set.of(), Set.of(), Set.of()), ACTOR));
		}
		return created;
	}

}
