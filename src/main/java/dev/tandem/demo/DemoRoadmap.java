package dev.tandem.demo;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.okr.ObjectiveDirectory;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.okr.ObjectiveSummary;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.BoardFilter;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.roadmap.RoadmapQueries;

/**
 * Parcelo's outcome roadmap, loaded after the demo organisation: items in every lane,
 * each tied to an objective of one of its teams when the quarter has one, and a platform
 * item that serves no objective, so the board shows what "not aligned" looks like.
 */
@Component
class DemoRoadmap {

	private static final Logger log = LoggerFactory.getLogger(DemoRoadmap.class);

	private final boolean enabled;

	private final Teams teams;

	private final RoadmapPlanning planning;

	private final RoadmapQueries queries;

	private final ObjectiveDirectory objectives;

	private final TransactionTemplate transaction;

	DemoRoadmap(@Value("${tandem.demo:false}") boolean enabled, Teams teams, RoadmapPlanning planning,
			RoadmapQueries queries, ObjectiveDirectory objectives, TransactionTemplate transaction) {
		this.enabled = enabled;
		this.teams = teams;
		this.planning = planning;
		this.queries = queries;
		this.objectives = objectives;
		this.transaction = transaction;
	}

	/** Runs after the demo organisation (and its objectives) exist. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	public void loadWhenAsked() {
		if (!enabled || !queries.items(null, BoardFilter.none()).isEmpty()) {
			return;
		}
		if (teams.all().stream().noneMatch(t -> t.name().equals("Checkout"))) {
			log.info("Demo roadmap not loaded: the demo organisation is not there");
			return;
		}
		transaction.executeWithoutResult(status -> load());
		log.info("Demo roadmap loaded");
	}

	void load() {
		var team = teams.all().stream().collect(Collectors.toMap(TeamView::name, TeamView::id, (a, b) -> a));
		var quarter = objectives.inQuarter(objectives.currentQuarter());
		new Items(team, quarter)
			.add(Lane.NOW, "Pay for labels with a saved card",
					"Merchants re-enter card details for every batch of labels; a third give up half-way.",
					"Merchants buy a batch of labels in one step.", "Label checkout completion from 68% to 85%",
					"Checkout")
			.add(Lane.NOW, "Link a carrier account without calling us",
					"New merchants wait three days for us to connect their carrier accounts by hand.",
					"Merchants ship their first parcel on the day they sign up.",
					"Share of merchants shipping within 24 hours of sign-up", "Merchant Onboarding",
					"Carrier Integrations")
			.add(Lane.NOW, "Cheaper route suggestions",
					"Merchants pay for express when a slower option arrives " + "the same day.",
					"Merchants pick the cheapest option that still arrives on time.",
					"Average shipping cost per parcel", "Routing & Pricing")
			.add(Lane.NEXT, "Shipping cost per order", "Merchants cannot see which orders lose money on shipping.",
					"Merchants change their shipping rules from what they see.",
					"Merchants who edit a shipping rule after opening the report", "Insights & Reporting")
			.add(Lane.NEXT, "Returns portal for shoppers",
					"Shoppers email merchants to return a parcel; " + "merchants print return labels by hand.",
					"Shoppers start a return on their own.", "Returns started in the portal vs by email", "Checkout",
					"Mobile Apps")
			.add(Lane.NEXT, "Book a pick-up from the app", "Small merchants drive parcels to a drop-off point.",
					"Merchants schedule pick-ups from their phone.", "Pick-ups booked in the app per week",
					"Mobile Apps", "Carrier Integrations")
			.add(Lane.LATER, "Sync stock across warehouses",
					"Merchants with two warehouses oversell because stock is counted per warehouse.",
					"Orders ship from the warehouse that has the stock.", "Orders cancelled for lack of stock",
					"Merchant Onboarding")
			.add(Lane.LATER, "Accessible components in every screen", "Screen-reader users cannot finish onboarding.",
					"Every flow passes WCAG 2.2 AA.", "Flows passing the accessibility audit", "Design System")
			.addUnaligned(Lane.LATER, "Preview environments for every branch",
					"Teams queue for the one staging environment.", "Each change can be tried before it merges.",
					"Lead time for changes", "Platform Infrastructure")
			.add(Lane.VISION, "A shipping co-pilot for merchants (prototype)",
					"Merchants spend hours a week choosing carriers and fixing failed deliveries.",
					"Parcelo proposes and fixes shipments before the merchant asks.",
					"Prototype sessions where merchants accept the suggestion", "Insights & Reporting",
					"Routing & Pricing")
			.add(Lane.VISION, "Carbon-aware delivery options (prototype)",
					"Shoppers ask for greener delivery and merchants cannot offer it.",
					"Shoppers can choose a lower-carbon delivery at checkout.",
					"Prototype: share of shoppers choosing it", "Routing & Pricing", "Checkout");
	}

	/**
	 * Adds items one line each, linking each to an objective of its teams when there is
	 * one.
	 */
	private final class Items {

		private final Map<String, TeamId> team;

		private final List<ObjectiveSummary> quarter;

		Items(Map<String, TeamId> team, List<ObjectiveSummary> quarter) {
			this.team = team;
			this.quarter = quarter;
		}

		Items add(Lane lane, String title, String problem, String outcome, String measure, String... teamNames) {
			var owners = owners(teamNames);
			var serves = quarter.stream()
				.filter(o -> o.teamId() != null && owners.contains(o.teamId()))
				.map(ObjectiveSummary::id)
				.limit(1)
				.collect(Collectors.toSet());
			if (serves.isEmpty()) {
				quarter.stream()
					.filter(o -> o.teamId() == null && o.groupId() == null)
					.findFirst()
					.ifPresent(o -> serves.add(o.id()));
			}
			return create(lane, title, problem, outcome, measure, owners, serves);
		}

		Items addUnaligned(Lane lane, String title, String problem, String outcome, String measure,
				String... teamNames) {
			return create(lane, title, problem, outcome, measure, owners(teamNames), Set.of());
		}

		private Set<TeamId> owners(String... names) {
			return Arrays.stream(names).map(team::get).filter(t -> t != null).collect(Collectors.toSet());
		}

		private Items create(Lane lane, String title, String problem, String outcome, String measure,
				Set<TeamId> owners, Set<ObjectiveId> serves) {
			if (!owners.isEmpty()) {
				planning.create(new RoadmapItemDetails(title, problem, outcome, measure, owners, new HashSet<>(serves)),
						lane, null);
			}
			return this;
		}

	}

}
