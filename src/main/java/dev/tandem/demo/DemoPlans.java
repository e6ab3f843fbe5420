package dev.tandem.demo;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.tandem.identity.Role;
import dev.tandem.okr.CheckIns;
import dev.tandem.okr.CommitmentDetails;
import dev.tandem.okr.CommitmentSide;
import dev.tandem.okr.Commitments;
import dev.tandem.okr.Confidence;
import dev.tandem.okr.ConfidenceLevel;
import dev.tandem.okr.EffortUnit;
import dev.tandem.okr.KeyResultDetails;
import dev.tandem.okr.KeyResultId;
import dev.tandem.okr.KeyResultUnit;
import dev.tandem.okr.KeyResults;
import dev.tandem.okr.Measure;
import dev.tandem.okr.ObjectiveDetails;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.okr.ObjectiveLevel;
import dev.tandem.okr.Objectives;
import dev.tandem.okr.OkrSettings;
import dev.tandem.okr.QuarterClosing;
import dev.tandem.org.GroupId;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.shared.Quarter;

/**
 * Parcelo's plans: last quarter's OKRs closed with scores, this quarter's OKRs with
 * monthly check-ins (some key results at risk), a roadmap of thirty outcome cards (a few
 * not aligned to any objective), and every team's commitments for the quarter, all agreed
 * but Merchant Onboarding's, where engineering has not signed yet.
 */
@Component
class DemoPlans {

	private final Objectives objectives;

	private final KeyResults keyResults;

	private final CheckIns checkIns;

	private final QuarterClosing closing;

	private final OkrSettings settings;

	private final RoadmapPlanning roadmap;

	private final Commitments commitments;

	private final DemoDiscovery discovery;

	private final DemoDelivery delivery;

	DemoPlans(Objectives objectives, KeyResults keyResults, CheckIns checkIns, QuarterClosing closing,
			OkrSettings settings, RoadmapPlanning roadmap, Commitments commitments, DemoDiscovery discovery,
			DemoDelivery delivery) {
		this.discovery = discovery;
		this.delivery = delivery;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.checkIns = checkIns;
		this.closing = closing;
		this.settings = settings;
		this.roadmap = roadmap;
		this.commitments = commitments;
	}

	/** Names of the organisation the plans refer to. */
	interface Org {

		TeamId team(String name);

		GroupId group(String name);

		PersonId person(String name);

		/** The email of a person who has a demo account, to sign as them. */
		String email(String name);

	}

	void load(Org org) {
		var current = settings.currentQuarter();
		var previous = current.previous();
		var today = YearMonth.from(settings.today());
		previousQuarter(org, previous);
		var plans = currentQuarter(org, current, today);
		var items = roadmap(org, plans);
		discovery.load(org, items);
		delivery.load(org, items);
		commitments(org, current, plans, items);
	}

	// --- OKRs
	// --------------------------------------------------------------------------------------------

	private void previousQuarter(Org org, Quarter quarter) {
		var months = settings.calendar().monthsOf(quarter);
		var company = objective(quarter, ObjectiveLevel.COMPANY, "Make peak season boring",
				"Last year's peak cost us 9% of annual volume in failed labels and support load.",
				org.person("Marta Lindqvist"), null, null, null);
		var checkout = objective(quarter, ObjectiveLevel.TEAM, "Checkout survives Black Friday traffic",
				"Shops lose sales when our checkout widget slows down.", org.person("Léa Moreau"), org.team("Checkout"),
				null, company);
		var carriers = objective(quarter, ObjectiveLevel.TEAM, "Carrier outages never block a label",
				"One carrier's outage should not stop a shop from shipping.", org.person("Ana Costa"),
				org.team("Carrier Integrations"), null, company);
		var platform = objective(quarter, ObjectiveLevel.TEAM, "Scale to three times normal volume",
				"Peak traffic is three times a normal week.", org.person("Isabel Reyes"),
				org.team("Platform Infrastructure"), null, company);

		var uptime = kr(company, "Label service uptime during peak", KeyResultUnit.PERCENT, "99.2", "99.9");
		var failed = kr(company, "Failed labels per 1,000 during peak", KeyResultUnit.NUMBER, "14", "4");
		var p95 = kr(checkout, "Checkout p95 response time (ms) at 3x load", KeyResultUnit.NUMBER, "1400", "600");
		var fallback = kr(carriers, "Labels rerouted automatically when a carrier fails", KeyResultUnit.PERCENT, "0",
				"95");
		var loadTest = kr(platform, "Load test at 3x volume passes", KeyResultUnit.YES_NO, "0", "1");
		var autoscale = kr(platform, "Services that autoscale", KeyResultUnit.NUMBER, "3", "12");

		checkInAll(months, uptime, new String[] { "99.4", "99.7", "99.85" }, ConfidenceLevel.ON_TRACK,
				ConfidenceLevel.ON_TRACK, ConfidenceLevel.ON_TRACK);
		checkInAll(months, failed, new String[] { "11", "8", "6" }, ConfidenceLevel.AT_RISK, ConfidenceLevel.ON_TRACK,
				ConfidenceLevel.ON_TRACK);
		checkInAll(months, p95, new String[] { "1200", "800", "650" }, ConfidenceLevel.ON_TRACK,
				ConfidenceLevel.ON_TRACK, ConfidenceLevel.ON_TRACK);
		checkInAll(months, fallback, new String[] { "20", "45", "60" }, ConfidenceLevel.AT_RISK,
				ConfidenceLevel.AT_RISK, ConfidenceLevel.OFF_TRACK);
		checkInAll(months, loadTest, new String[] { "0", "0", "1" }, ConfidenceLevel.AT_RISK, ConfidenceLevel.ON_TRACK,
				ConfidenceLevel.ON_TRACK);
		checkInAll(months, autoscale, new String[] { "5", "9", "12" }, ConfidenceLevel.ON_TRACK,
				ConfidenceLevel.ON_TRACK, ConfidenceLevel.ON_TRACK);

		for (var kr : List.of(uptime, failed, p95, loadTest, autoscale)) {
			closing.score(kr, null, null);
		}
		closing.score(fallback, new BigDecimal("0.5"),
				"Two of the three big carriers reroute; the third needs a contract change, not engineering work.");
		for (var objective : List.of(company, checkout, carriers, platform)) {
			closing.close(objective, objectives.get(objective).version());
		}
	}

	/** What the current quarter's plan is made of: objectives by short name. */
	record Plan(Map<String, ObjectiveId> objectives) {

		ObjectiveId get(String key) {
			return objectives.get(key);
		}

	}

	private Plan currentQuarter(Org org, Quarter quarter, YearMonth today) {
		var months = settings.calendar().monthsOf(quarter).stream().filter(month -> !month.isAfter(today)).toList();
		var plan = new LinkedHashMap<String, ObjectiveId>();
		var shops = objective(quarter, ObjectiveLevel.COMPANY,
				"Become the default shipping tool for small European shops",
				"Small shops are 80% of our market and choose the tool their peers use.", org.person("Marta Lindqvist"),
				null, null, null);
		var price = objective(quarter, ObjectiveLevel.COMPANY,
				"Every parcel ships at the best price without us in the loop",
				"Support tickets about prices and failed bookings are a third of our support load.",
				org.person("Jonas Weber"), null, null, null);
		plan.put("shops", shops);
		plan.put("price", price);
		var dayOne = objective(quarter, ObjectiveLevel.GROUP, "New shops ship their first parcel on day one",
				"Shops that ship in their first week stay three times as long.", org.person("Camille Laurent"), null,
				org.group("Merchant Experience"), shops);
		var trust = objective(quarter, ObjectiveLevel.GROUP, "Carrier coverage and reliability merchants can trust",
				"Merchants leave when their usual carrier is missing or a booking fails.",
				org.person("Priya Natarajan"), null, org.group("Logistics Platform"), price);
		plan.put("dayOne", dayOne);
		plan.put("trust", trust);
		plan.put("checkout",
				objective(quarter, ObjectiveLevel.TEAM, "Checkout that converts on every device",
						"Two thirds of shoppers now pay on a phone.", org.person("Léa Moreau"), org.team("Checkout"),
						null, shops));
		plan.put("onboarding",
				objective(quarter, ObjectiveLevel.TEAM, "From sign-up to first label in ten minutes",
						"Most shops who give up do it before their first label.", org.person("Oliver Grant"),
						org.team("Merchant Onboarding"), null, dayOne));
		plan.put("mobile",
				objective(quarter, ObjectiveLevel.TEAM, "Merchants run their shipping from their phone",
						"Small shops pack and ship away from a desk.", org.person("Pavel Novák"),
						org.team("Mobile Apps"), null, dayOne));
		plan.put("insights",
				objective(quarter, ObjectiveLevel.TEAM, "Merchants see where they can save",
						"Shops that see their costs ship more with us.", org.person("Hannah Schmidt"),
						org.team("Insights & Reporting"), null, shops));
		plan.put("carriers",
				objective(quarter, ObjectiveLevel.TEAM, "The six carriers merchants ask for most are live",
						"Missing carriers are the first reason shops give for leaving.", org.person("Ana Costa"),
						org.team("Carrier Integrations"), null, trust));
		plan.put("routing",
				objective(quarter, ObjectiveLevel.TEAM, "The best price for every parcel, instantly",
						"Slow or wrong quotes send shoppers and shops elsewhere.", org.person("Sven Olsen"),
						org.team("Routing & Pricing"), null, price));
		plan.put("platform",
				objective(quarter, ObjectiveLevel.TEAM, "Teams ship safely many times a day",
						"Releases are still a weekly event with a freeze before peak.", org.person("Isabel Reyes"),
						org.team("Platform Infrastructure"), null, price));

		track(months, kr(shops, "Active merchants", KeyResultUnit.NUMBER, "1800", "2600"), 0.35, 0.6);
		track(months, kr(shops, "Monthly merchant churn", KeyResultUnit.PERCENT, "3.2", "2.0"), 0.2, 0.3,
				ConfidenceLevel.AT_RISK);
		track(months, kr(price, "Labels booked without a support ticket", KeyResultUnit.PERCENT, "91", "98"), 0.4, 0.7);
		track(months, kr(price, "Carrier savings passed on to merchants (EUR)", KeyResultUnit.CURRENCY, "0", "250000"),
				0.25, 0.55);
		track(months, kr(dayOne, "Median days from sign-up to first label", KeyResultUnit.NUMBER, "3", "1"), 0.3, 0.5);
		track(months, kr(dayOne, "Activation rate in the first week", KeyResultUnit.PERCENT, "42", "60"), 0.3, 0.55);
		track(months, kr(trust, "Carriers integrated", KeyResultUnit.NUMBER, "14", "20"), 0.17, 0.5);
		track(months, kr(trust, "Booking success rate", KeyResultUnit.PERCENT, "98.6", "99.8"), 0.4, 0.7);
		track(months, kr(plan.get("checkout"), "Mobile checkout conversion", KeyResultUnit.PERCENT, "2.1", "3.0"), 0.3,
				0.6);
		track(months, kr(plan.get("checkout"), "Payment failures", KeyResultUnit.PERCENT, "1.8", "1.0"), 0.4, 0.65);
		track(months, kr(plan.get("onboarding"), "Median minutes to first label", KeyResultUnit.NUMBER, "47", "10"),
				0.1, 0.2, ConfidenceLevel.AT_RISK);
		track(months, kr(plan.get("onboarding"), "Self-serve identity check live", KeyResultUnit.YES_NO, "0", "1"), 0,
				0, ConfidenceLevel.AT_RISK);
		track(months, kr(plan.get("mobile"), "Weekly active merchants in the apps", KeyResultUnit.NUMBER, "300", "900"),
				0.3, 0.55);
		track(months, kr(plan.get("mobile"), "Crash-free sessions", KeyResultUnit.PERCENT, "98.1", "99.5"), 0.5, 0.7);
		track(months, kr(plan.get("insights"), "Merchants opening the cost report monthly", KeyResultUnit.PERCENT, "12",
				"35"), 0.05, 0.1, ConfidenceLevel.OFF_TRACK);
		track(months, kr(plan.get("carriers"), "New carriers live", KeyResultUnit.NUMBER, "0", "6"), 0.17, 0.5);
		track(months, kr(plan.get("routing"), "Quote latency p95 (ms)", KeyResultUnit.NUMBER, "900", "200"), 0.35, 0.6);
		track(months, kr(plan.get("routing"), "Parcels routed to the cheapest reliable carrier", KeyResultUnit.PERCENT,
				"71", "90"), 0.3, 0.5);
		track(months, kr(plan.get("platform"), "Deploys per day", KeyResultUnit.NUMBER, "4", "12"), 0.4, 0.7);
		track(months, kr(plan.get("platform"), "Incidents during peak weeks", KeyResultUnit.NUMBER, "9", "2"), 0.2,
				0.45);
		return new Plan(plan);
	}

	private ObjectiveId objective(Quarter quarter, ObjectiveLevel level, String title, String why, PersonId owner,
			TeamId team, GroupId group, ObjectiveId parent) {
		var created = objectives.create(new ObjectiveDetails(title, why, quarter, level, owner, team, group, parent));
		return objectives.activate(created.id(), created.version()).id();
	}

	private KeyResultId kr(ObjectiveId objective, String statement, KeyResultUnit unit, String baseline,
			String target) {
		var measure = new Measure(unit, new BigDecimal(baseline), new BigDecimal(target), null);
		return keyResults.add(objective, new KeyResultDetails(statement, measure, null, null)).id();
	}

	private void checkInAll(List<YearMonth> months, KeyResultId kr, String[] values, ConfidenceLevel... confidence) {
		for (int i = 0; i < months.size(); i++) {
			checkIns.record(kr, new CheckIns.CheckInEntry(months.get(i), new BigDecimal(values[i]),
					new Confidence(confidence[i], score(confidence[i])), comment(confidence[i])));
		}
	}

	/**
	 * Check-ins for the months so far, moving the given share of the way from baseline to
	 * target each month.
	 */
	private void track(List<YearMonth> months, KeyResultId kr, double first, double second, ConfidenceLevel... worry) {
		var view = keyResults.get(kr);
		var shares = new double[] { first, second, second };
		for (int i = 0; i < months.size(); i++) {
			var value = view.baseline()
				.add(view.target().subtract(view.baseline()).multiply(BigDecimal.valueOf(shares[i])));
			if (view.unit() == KeyResultUnit.YES_NO) {
				value = shares[i] >= 1 ? BigDecimal.ONE : BigDecimal.ZERO;
			}
			var level = worry.length > 0 && i > 0 ? worry[0] : ConfidenceLevel.ON_TRACK;
			checkIns.record(kr,
					new CheckIns.CheckInEntry(months.get(i), value.setScale(2, java.math.RoundingMode.HALF_UP),
							new Confidence(level, score(level)), comment(level)));
		}
	}

	private static int score(ConfidenceLevel level) {
		return switch (level) {
			case ON_TRACK -> 8;
			case AT_RISK -> 5;
			case OFF_TRACK -> 2;
		};
	}

	private static String comment(ConfidenceLevel level) {
		return switch (level) {
			case ON_TRACK -> "Moving as planned.";
			case AT_RISK -> "Slower than planned; we are looking at what blocks us.";
			case OFF_TRACK -> "Not moving: we need to rethink the approach.";
		};
	}

	// --- Roadmap
	// -----------------------------------------------------------------------------------------

	private Map<String, RoadmapItemId> roadmap(Org org, Plan plan) {
		var items = new LinkedHashMap<String, RoadmapItemId>();
		record Card(Lane lane, String title, String problem, String outcome, String measure, List<String> teams,
				List<String> objectives) {
		}
		var cards = new ArrayList<Card>();
		// Now
		cards.add(new Card(Lane.NOW, "One-page checkout on mobile",
				"Shoppers drop out on the third checkout step on phones.", "Shoppers pay in one step on any device.",
				"Mobile checkout conversion", List.of("Checkout"), List.of("checkout")));
		cards.add(new Card(Lane.NOW, "Retry failed card payments automatically",
				"One payment in fifty fails for a transient reason.", "Transient failures no longer lose the sale.",
				"Payment failure rate", List.of("Checkout"), List.of("checkout")));
		cards.add(new Card(Lane.NOW, "Guided first label", "New shops do not know which details a label needs.",
				"A new shop prints a correct label without help.", "Minutes to first label",
				List.of("Merchant Onboarding"), List.of("onboarding")));
		cards.add(new Card(Lane.NOW, "Self-serve identity check", "Manual identity checks take two days.",
				"Shops verify themselves in minutes.", "Share of shops verified the same day",
				List.of("Merchant Onboarding"), List.of("onboarding", "dayOne")));
		cards.add(new Card(Lane.NOW, "Scan-to-ship in the iOS app", "Packing and labelling happen away from the desk.",
				"A merchant ships a parcel by scanning it.", "Weekly active merchants in the apps",
				List.of("Mobile Apps"), List.of("mobile")));
		cards.add(new Card(Lane.NOW, "Monthly cost report with savings tips",
				"Merchants cannot see what shipping costs them.", "Every merchant knows where they can save.",
				"Merchants opening the report", List.of("Insights & Reporting"), List.of("insights")));
		cards.add(new Card(Lane.NOW, "DHL Parcel Europe integration", "Merchants in the Benelux ask for DHL first.",
				"DHL is bookable, tracked and billed.", "Labels booked with DHL", List.of("Carrier Integrations"),
				List.of("carriers")));
		cards.add(new Card(Lane.NOW, "InPost lockers", "Polish shoppers expect locker delivery.",
				"Shoppers pick a locker at checkout.", "Locker share of Polish parcels",
				List.of("Carrier Integrations", "Checkout"), List.of("carriers")));
		cards.add(new Card(Lane.NOW, "Instant quotes", "Quotes take almost a second at peak.",
				"Quotes in under 200 ms.", "Quote latency p95", List.of("Routing & Pricing"), List.of("routing")));
		cards.add(new Card(Lane.NOW, "Zero-downtime deploys", "Deploys need a maintenance window.",
				"Any team deploys any time without downtime.", "Deploys per day", List.of("Platform Infrastructure"),
				List.of("platform")));
		// Next
		cards.add(new Card(Lane.NEXT, "Saved carrier preferences per shop",
				"Shops re-pick their carrier on every order.", "The right carrier is preselected.",
				"Orders with a preselected carrier", List.of("Checkout"), List.of("price")));
		cards.add(new Card(Lane.NEXT, "Import orders from Shopify in one click",
				"Shops retype orders from their store.", "Orders arrive by themselves.", "Shops with an import running",
				List.of("Merchant Onboarding"), List.of("onboarding")));
		cards.add(new Card(Lane.NEXT, "Android parity for label printing", "Android users cannot print from the app.",
				"Every merchant prints from their phone.", "Labels printed from Android", List.of("Mobile Apps"),
				List.of("mobile")));
		cards.add(new Card(Lane.NEXT, "Carrier performance benchmark",
				"Merchants do not know which carrier is reliable.", "Merchants choose carriers on facts.",
				"Benchmark views per merchant", List.of("Insights & Reporting"), List.of("insights", "trust")));
		cards.add(new Card(Lane.NEXT, "Colissimo returns", "French shoppers cannot return by Colissimo.",
				"Returns in France work with the usual carrier.", "Returns booked with Colissimo",
				List.of("Carrier Integrations"), List.of("carriers")));
		cards.add(new Card(Lane.NEXT, "Multi-parcel shipments priced as one", "Multi-parcel orders are overcharged.",
				"One price for one order.", "Multi-parcel orders priced correctly", List.of("Routing & Pricing"),
				List.of("routing")));
		cards.add(new Card(Lane.NEXT, "Self-service preview environments",
				"Teams queue for the shared staging environment.", "Every change gets its own preview.",
				"Time waiting for staging", List.of("Platform Infrastructure"), List.of()));
		cards.add(new Card(Lane.NEXT, "Accessible form components", "Our forms fail basic accessibility checks.",
				"Every form passes WCAG AA.", "Forms passing the audit", List.of("Design System"), List.of()));
		// Later
		cards.add(new Card(Lane.LATER, "Returns portal for shoppers", "Shoppers email shops to return an item.",
				"Shoppers return without writing to anyone.", "Returns started in the portal", List.of("Checkout"),
				List.of("shops")));
		cards.add(new Card(Lane.LATER, "Customs documents for UK shipments",
				"UK parcels are stuck without customs papers.", "Customs papers are made with the label.",
				"UK parcels held at customs", List.of("Carrier Integrations"), List.of("price")));
		cards.add(new Card(Lane.LATER, "Carbon estimate per parcel", "Shops are asked about their footprint.",
				"Every label shows its CO2 estimate.", "Shops showing the estimate", List.of("Routing & Pricing"),
				List.of()));
		cards.add(new Card(Lane.LATER, "Team accounts with roles", "Larger shops share one login.",
				"Each packer has their own account.", "Shops with more than one user", List.of("Merchant Onboarding"),
				List.of("shops")));
		cards.add(new Card(Lane.LATER, "Offline mode for the warehouse app", "Warehouses have patchy Wi-Fi.",
				"Scanning works offline and syncs later.", "Scans lost to connectivity", List.of("Mobile Apps"),
				List.of("mobile")));
		cards.add(new Card(Lane.LATER, "Dark mode", "Some merchants work at night.", "A dark theme everywhere.",
				"Share of sessions in dark mode", List.of("Design System"), List.of()));
		cards.add(new Card(Lane.LATER, "Cost anomaly alerts", "Merchants find surprise costs at month end.",
				"Merchants hear about anomalies the same day.", "Anomalies acted on", List.of("Insights & Reporting"),
				List.of("insights")));
		// Vision
		cards.add(new Card(Lane.VISION, "Predictive shipping",
				"Labels are made after the order, at the busiest moment.", "Labels are ready before the shopper pays.",
				"Orders shipped the same hour", List.of("Routing & Pricing", "Checkout"), List.of("shops")));
		cards.add(new Card(Lane.VISION, "Delivery promise widget", "Shoppers do not know when the parcel arrives.",
				"Every shop shows a delivery promise it keeps.", "Promises kept", List.of("Checkout"),
				List.of("shops")));
		cards.add(new Card(Lane.VISION, "Shop-to-shop pickup network", "Pickup points are far from small towns.",
				"Shops become pickup points for each other.", "Parcels picked up at a shop",
				List.of("Carrier Integrations"), List.of("trust")));
		cards.add(new Card(Lane.VISION, "Voice-first packing assistant", "Packers have their hands full.",
				"Packers ship by talking to the app.", "Parcels shipped by voice", List.of("Mobile Apps"), List.of()));
		cards.add(new Card(Lane.VISION, "Automatic carrier negotiation", "Small shops pay list prices.",
				"Parcelo negotiates volume prices for its shops.", "Average saving per label",
				List.of("Routing & Pricing"), List.of("price")));
		for (var card : cards) {
			var teams = new java.util.LinkedHashSet<TeamId>();
			card.teams().forEach(name -> teams.add(org.team(name)));
			var linked = new java.util.LinkedHashSet<ObjectiveId>();
			card.objectives().forEach(key -> linked.add(plan.get(key)));
			var item = roadmap.create(
					new RoadmapItemDetails(card.title(), card.problem(), card.outcome(), card.measure(), teams, linked),
					card.lane(), null);
			items.put(card.title(), item.id());
		}
		return items;
	}

	// --- Commitments
	// -------------------------------------------------------------------------------------

	private void commitments(Org org, Quarter quarter, Plan plan, Map<String, RoadmapItemId> items) {
		commit(org, quarter, "Checkout", "Léa Moreau", "Hamza Benali", 45, true, plan.get("checkout"), items,
				new Object[][] { { "One-page checkout on mobile", "21" },
						{ "Retry failed card payments automatically", "13" }, { "InPost lockers", "8" } });
		commit(org, quarter, "Merchant Onboarding", "Oliver Grant", "Yuki Sato", 40, false, plan.get("onboarding"),
				items, new Object[][] { { "Guided first label", "13" }, { "Self-serve identity check", "21" } });
		commit(org, quarter, "Mobile Apps", "Jonas Weber", "Pavel Novák", 36, true, plan.get("mobile"), items,
				new Object[][] { { "Scan-to-ship in the iOS app", "21" },
						{ "Android parity for label printing", "13" } });
		commit(org, quarter, "Insights & Reporting", "Hannah Schmidt", "Raj Patel", 30, true, plan.get("insights"),
				items, new Object[][] { { "Monthly cost report with savings tips", "21" },
						{ "Carrier performance benchmark", "13" } });
		commit(org, quarter, "Carrier Integrations", "Ana Costa", "Erik Johansson", 50, true, plan.get("carriers"),
				items, new Object[][] { { "DHL Parcel Europe integration", "21" }, { "InPost lockers", "13" },
						{ "Colissimo returns", "8" } });
		commit(org, quarter, "Routing & Pricing", "Sven Olsen", "Mei Chen", 42, true, plan.get("routing"), items,
				new Object[][] { { "Instant quotes", "21" }, { "Multi-parcel shipments priced as one", "13" } });
		commit(org, quarter, "Platform Infrastructure", "Isabel Reyes", "Viktor Petrov", 40, true, plan.get("platform"),
				items,
				new Object[][] { { "Zero-downtime deploys", "26" }, { "Self-service preview environments", "8" } });
		commit(org, quarter, "Design System", "Jonas Weber", "Clara Dubois", 30, true, null, items,
				new Object[][] { { "Accessible form components", "20" } });
	}

	/**
	 * Plans a team's quarter. Teams without a product manager (Mobile Apps, Design
	 * System) have the CTO sign for product as an administrator, which the page shows as
	 * "on behalf".
	 */
	private void commit(Org org, Quarter quarter, String team, String product, String engineering, int capacity,
			boolean agreed, ObjectiveId objective, Map<String, RoadmapItemId> items, Object[][] lines) {
		var teamId = org.team(team);
		var set = commitments.plan(teamId, quarter, 0, EffortUnit.POINTS, BigDecimal.valueOf(capacity));
		for (var line : lines) {
			var title = (String) line[0];
			var item = items.get(title);
			set = commitments.add(teamId, quarter, set.version(), new CommitmentDetails(title, objective,
					item == null ? null : item.value(), new BigDecimal((String) line[1])));
		}
		var productRole = product.equals("Jonas Weber") ? Role.ADMIN : Role.MEMBER;
		set = commitments.sign(teamId, quarter, set.version(), new Commitments.Actor(org.email(product), productRole),
				CommitmentSide.PRODUCT);
		if (agreed) {
			commitments.sign(teamId, quarter, set.version(), new Commitments.Actor(org.email(engineering), Role.MEMBER),
					CommitmentSide.ENGINEERING);
		}
	}

}
