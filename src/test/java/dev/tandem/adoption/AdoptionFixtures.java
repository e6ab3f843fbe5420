package dev.tandem.adoption;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.adoption.UsageFixture.Usage;
import dev.tandem.delivery.WorkItemDetails;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.delivery.WorkItemKind;
import dev.tandem.delivery.WorkItems;
import dev.tandem.delivery.Workflow;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.Unique;

/**
 * What full-application adoption tests start from: a team with a FEATURE work item
 * released today, and usage written to the real rollup table then loaded the way the
 * poller loads it.
 */
@Component
class AdoptionFixtures {

	static final String ACTOR = "adoption-tests@example.com";

	private final Teams teams;

	private final WorkItems workItems;

	private final Workflow workflow;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final AdoptionRefresher refresher;

	private final RollupWorker worker;

	AdoptionFixtures(Teams teams, WorkItems workItems, Workflow workflow, JdbcClient jdbc, TransactionTemplate tx,
			AdoptionRefresher refresher, RollupWorker worker) {
		this.worker = worker;
		this.teams = teams;
		this.workItems = workItems;
		this.workflow = workflow;
		this.jdbc = jdbc;
		this.tx = tx;
		this.refresher = refresher;
	}

	/** A team and one released feature of it. */
	record Released(TeamId team, WorkItemId item, LocalDate day) {
	}

	TeamId team(String name) {
		return teams
			.create(new TeamDetails(name + " " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, null, null, null,
					null))
			.id();
	}

	WorkItemId item(TeamId team, WorkItemKind kind, String title) {
		return workItems
			.create(new WorkItemDetails(kind, title, null, team, null, null, Set.of(), Set.of(), Set.of()), ACTOR)
			.id();
	}

	Released releasedFeature(String title) {
		var team = team("Adoption");
		var item = item(team, WorkItemKind.FEATURE, title);
		workflow.transition(item, WorkflowState.DONE, WorkflowState.BACKLOG, null, ACTOR);
		var release = workflow.release("Release " + Unique.suffix(), List.of(item), ACTOR);
		return new Released(team, item, LocalDate.ofInstant(release.releasedAt(), ZoneOffset.UTC));
	}

	/**
	 * The hand-computed fixture of {@link FeatureUsageTests} from {@code source}, with
	 * its release day at {@code release} and the feature's events renamed.
	 */
	static List<Usage> handComputed(EventSourceId source, LocalDate release, String export, String exportCsv) {
		var events = new ArrayList<Usage>();
		for (var e : FeatureUsageTests.fixture()) {
			var name = e.event().equals("export") ? export : e.event().equals("export_csv") ? exportCsv : e.event();
			events.add(new Usage(source, name,
					release.plusDays(e.day().toEpochDay() - FeatureUsageTests.R.toEpochDay()), e.user()));
		}
		return events;
	}

	/** Writes the events' rollups as the worker would, then lets the poller load them. */
	void send(List<Usage> events) {
		UsageFixture.write(jdbc, tx, worker, events);
		refresher.advance();
	}

}
