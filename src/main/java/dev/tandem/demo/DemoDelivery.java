package dev.tandem.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.tandem.delivery.Dependencies;
import dev.tandem.delivery.Estimation;
import dev.tandem.delivery.TechnicalDebt;
import dev.tandem.delivery.WorkItemDetails;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.delivery.WorkItemImport;
import dev.tandem.delivery.WorkItemKind;
import dev.tandem.delivery.WorkItems;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.org.PersonId;
import dev.tandem.roadmap.RoadmapItemId;

/**
 * Six months of Parcelo's delivery, imported the way a Jira history is: about four
 * hundred work items across the teams, each finished on a realistic day so throughput
 * charts and forecasts have data, with open work linked to the roadmap, two features that
 * need more than one team, and estimates made with and without QA. A seeded random makes
 * every demo the same.
 */
@Component
class DemoDelivery {

	static final int WEEKS = 26;

	/**
	 * How far back the debt share is made to tell the story (see {@link #recentKind}).
	 */
	static final Duration RECENT = Duration.ofDays(35);

	private final WorkItemImport imports;

	private final WorkItems workItems;

	private final Dependencies dependencies;

	private final Estimation estimation;

	private final Clock clock;

	private final dev.tandem.delivery.DeliveryQuality quality;

	private final dev.tandem.roadmap.RoadmapQueries roadmap;

	private final dev.tandem.okr.OkrSettings okrSettings;

	DemoDelivery(WorkItemImport imports, WorkItems workItems, Dependencies dependencies, Estimation estimation,
			Clock clock, dev.tandem.delivery.DeliveryQuality quality, dev.tandem.roadmap.RoadmapQueries roadmap,
			dev.tandem.okr.OkrSettings okrSettings) {
		this.roadmap = roadmap;
		this.okrSettings = okrSettings;
		this.quality = quality;
		this.imports = imports;
		this.workItems = workItems;
		this.dependencies = dependencies;
		this.estimation = estimation;
		this.clock = clock;
	}

	/**
	 * A team's delivery: key prefix, finished items per week, share of debt, and who
	 * estimates.
	 */
	record TeamPlan(String team, String prefix, double perWeek, double debtShare, String lead, String qa,
			List<String> work) {
	}

	void load(DemoPlans.Org org, Map<String, RoadmapItemId> roadmapItems) {
		var random = new Random(20261127L);
		var now = clock.instant();
		var plans = List.of(
				new TeamPlan("Checkout", "CHK", 2.6, 0.08, "Hamza Benali", "Grace Kim",
						List.of("Shipping options on the payment step", "Card form validation", "Apple Pay button",
								"Delivery date in the order summary", "Retry on timeouts", "Address autocomplete")),
				new TeamPlan("Merchant Onboarding", "ONB", 2.0, 0.1, "Yuki Sato", null,
						List.of("Sign-up form", "Company lookup", "Welcome checklist", "Label printer setup",
								"Carrier account linking", "First-label tips")),
				new TeamPlan("Mobile Apps", "MOB", 1.5, 0.12, "Pavel Novák", "Elif Yılmaz",
						List.of("Barcode scanner", "Push notifications", "Offline queue", "Label preview",
								"Crash in shipment list", "Login with passkeys")),
				new TeamPlan("Insights & Reporting", "INS", 1.4, 0.1, "Raj Patel", "Grace Kim",
						List.of("Cost per carrier chart", "CSV export", "Invoice reconciliation", "Monthly email",
								"Savings tips engine", "Report filters")),
				new TeamPlan("Carrier Integrations", "CAR", 2.5, 0.1, "Erik Johansson", "Julia Nowak",
						List.of("DHL label API", "InPost locker list", "Colissimo tracking", "Carrier error mapping",
								"Rate card import", "Tracking webhooks")),
				new TeamPlan("Routing & Pricing", "RTE", 2.0, 0.12, "Mei Chen", "Noah Levi",
						List.of("Quote cache", "Price rules engine", "Zone tables", "Fuel surcharge",
								"Multi-parcel pricing", "Quote API latency")),
				new TeamPlan("Platform Infrastructure", "PLT", 2.0, 0.45, "Viktor Petrov", null,
						List.of("Upgrade PostgreSQL", "Blue-green deploys", "Log shipping", "Alert tuning",
								"Remove the legacy queue", "Terraform modules")),
				new TeamPlan("Design System", "DSN", 1.0, 0.05, "Clara Dubois", null, List.of("Button tokens",
						"Form field states", "Dark palette", "Table component", "Focus rings", "Icon set")));
		var quarterStart = okrSettings.calendar()
			.firstDayOf(okrSettings.currentQuarter())
			.atStartOfDay(java.time.ZoneOffset.UTC)
			.toInstant();
		for (var plan : plans) {
			var team = org.team(plan.team());
			var cards = roadmap.byTeam(team).stream().filter(r -> r.aligned()).map(r -> r.id()).toList();
			var history = estimatedAndAligned(plan, history(plan, random, now), cards, quarterStart);
			imports.importInto(team, history, "system@parcelo.example");
		}
		openWork(org, plans, roadmapItems, random);
		roadmapWork(org, roadmapItems);
		crossTeamFeatures(org, roadmapItems);
		deployments(org, random, now);
	}

	/**
	 * Three months of deployments and incidents: the platform team deploys several times
	 * a day, checkout daily with a few failures, the apps weekly with slow fixes; an
	 * elite, a high and a medium performer side by side.
	 */
	private void deployments(DemoPlans.Org org, Random random, Instant now) {
		record Service(String name, String team, double perDay, double failureRate, int leadHours, int restoreHours) {
		}
		var services = List.of(new Service("label-api", "Platform Infrastructure", 3.0, 0.05, 6, 1),
				new Service("checkout-web", "Checkout", 1.0, 0.12, 30, 4),
				new Service("pricing", "Routing & Pricing", 0.8, 0.1, 40, 3),
				new Service("merchant-app", "Mobile Apps", 0.15, 0.25, 200, 30));
		for (var service : services) {
			var team = org.team(service.team());
			var build = 0;
			for (int day = 90; day >= 1; day--) {
				var count = poisson(service.perDay(), random);
				for (int i = 0; i < count; i++) {
					var deployedAt = now.minus(Duration.ofDays(day)).plus(Duration.ofHours(8 + random.nextInt(10)));
					var commits = new ArrayList<dev.tandem.delivery.DeliveryQuality.Commit>();
					for (int c = 0; c < 1 + random.nextInt(4); c++) {
						var age = Duration.ofMinutes(30 + random.nextInt(service.leadHours() * 60 * 2));
						commits.add(new dev.tandem.delivery.DeliveryQuality.Commit(
								Long.toHexString(random.nextLong() & 0xffffffffffL), deployedAt.minus(age)));
					}
					var failed = random.nextDouble() < service.failureRate();
					var deployment = quality.recordDeployment(
							new dev.tandem.delivery.DeliveryQuality.RecordDeployment(service.name(), team,
									"1." + (++build), deployedAt,
									failed ? dev.tandem.delivery.DeploymentStatus.ROLLED_BACK
											: dev.tandem.delivery.DeploymentStatus.SUCCESS,
									commits),
							"ci@parcelo.example");
					if (failed) {
						var started = deployedAt.plus(Duration.ofMinutes(10 + random.nextInt(50)));
						var restore = Duration.ofMinutes(20 + random.nextInt(service.restoreHours() * 60 * 2));
						quality.recordIncident(new dev.tandem.delivery.DeliveryQuality.RecordIncident(service.name(),
								team, started, started.plus(restore), deployment.id()), "ci@parcelo.example");
					}
				}
			}
		}
	}

	/**
	 * Estimates on the imported history, and the roadmap cards the team's finished work
	 * served this quarter: most of it for most teams; Insights & Reporting mostly works
	 * on things no objective asks for, which the monthly review calls out. A random of
	 * its own, so the history's own draws (and every figure built on them) stay as they
	 * were.
	 */
	private static List<WorkItemImport.ImportedItem> estimatedAndAligned(TeamPlan plan,
			List<WorkItemImport.ImportedItem> history, List<RoadmapItemId> cards, Instant quarterStart) {
		var random = new Random(plan.prefix().hashCode());
		var aligned = plan.team().equals("Insights & Reporting") ? 0.15 : 0.7;
		var points = new int[] { 1, 2, 3, 3, 5, 5, 8 };
		var debtPoints = new int[] { 5, 8, 8 };
		return history.stream().map(item -> {
			// Debt work comes in big pieces: nobody files a one-point clean-up.
			var estimate = item.kind() == WorkItemKind.FEATURE ? 13 : item.kind() == WorkItemKind.DEBT
					? debtPoints[random.nextInt(debtPoints.length)] : points[random.nextInt(points.length)];
			var serves = !cards.isEmpty() && item.resolved() != null && !item.resolved().isBefore(quarterStart)
					&& (item.kind() == WorkItemKind.STORY || item.kind() == WorkItemKind.BUG)
					&& random.nextDouble() < aligned;
			return new WorkItemImport.ImportedItem(item.key(), item.kind(), item.title(), item.description(),
					item.state(), item.created(), item.updated(), item.resolved(), item.parentKey(), item.labels(),
					estimate, serves ? cards.get(random.nextInt(cards.size())) : null);
		}).toList();
	}

	/** Finished items spread over the last six months, then the work still open. */
	private List<WorkItemImport.ImportedItem> history(TeamPlan plan, Random random, Instant now) {
		var batch = new ArrayList<WorkItemImport.ImportedItem>();
		var counter = 0;
		var featureKeys = new ArrayList<String>();
		for (int f = 0; f < 2; f++) {
			var key = plan.prefix() + "-" + (++counter);
			featureKeys.add(key);
			var created = now.minus(Duration.ofDays(170 - f * 60L));
			var resolved = f == 0 ? created.plus(Duration.ofDays(55)) : null;
			batch.add(new WorkItemImport.ImportedItem(key, WorkItemKind.FEATURE, plan.work().get(f) + " (feature)",
					null, resolved == null ? WorkflowState.IN_PROGRESS : WorkflowState.RELEASED, created, created,
					resolved, null, Set.of("demo")));
		}
		var recent = 0;
		for (int week = WEEKS; week >= 1; week--) {
			var finished = poisson(plan.perWeek(), random);
			for (int i = 0; i < finished; i++) {
				var resolved = now.minus(Duration.ofDays(week * 7L - random.nextInt(7)))
					.minus(Duration.ofHours(random.nextInt(8)));
				var cycleDays = 1 + random.nextInt(random.nextDouble() < 0.8 ? 6 : 20);
				var created = resolved.minus(Duration.ofDays(cycleDays)).minus(Duration.ofHours(random.nextInt(20)));
				var drawn = kind(plan, random);
				var kind = resolved.isAfter(now.minus(RECENT)) ? recentKind(plan, drawn, recent++) : drawn;
				var key = plan.prefix() + "-" + (++counter);
				// the roll is made for what was drawn, so the random sequence stays as it
				// was
				var inFeature = drawn == WorkItemKind.STORY && random.nextDouble() < 0.3;
				var parent = kind == WorkItemKind.STORY && inFeature
						? featureKeys.get(resolved.isBefore(now.minus(Duration.ofDays(110))) ? 0 : 1) : null;
				batch.add(new WorkItemImport.ImportedItem(key, kind, title(plan, kind, random, counter), null,
						random.nextDouble() < 0.7 ? WorkflowState.RELEASED : WorkflowState.DONE, created, resolved,
						resolved, parent, Set.of()));
			}
		}
		var open = new WorkflowState[] { WorkflowState.BACKLOG, WorkflowState.BACKLOG, WorkflowState.BACKLOG,
				WorkflowState.READY, WorkflowState.READY, WorkflowState.IN_PROGRESS, WorkflowState.IN_PROGRESS,
				WorkflowState.IN_REVIEW };
		for (var state : open) {
			var created = now.minus(Duration.ofDays(2 + random.nextInt(30)));
			var kind = kind(plan, random);
			batch.add(new WorkItemImport.ImportedItem(plan.prefix() + "-" + (++counter), kind,
					title(plan, kind, random, counter), null, state, created, created, null,
					kind == WorkItemKind.STORY ? featureKeys.get(1) : null, Set.of()));
		}
		return batch;
	}

	/**
	 * The kind of an item finished in the last five weeks, which the debt share against
	 * budget looks at: left to chance, a small team's few items made a random team look
	 * over budget and the platform team look within it. A team planned over the default
	 * budget spends its share steadily (every item where the running count of debt steps
	 * up, from the first), the others spend nothing on debt lately; kinds that change
	 * become chores or debt, and the draws are still made.
	 */
	static WorkItemKind recentKind(TeamPlan plan, WorkItemKind drawn, int index) {
		var other = drawn == WorkItemKind.DEBT ? WorkItemKind.CHORE : drawn;
		if (plan.debtShare() * 100 <= TechnicalDebt.DEFAULT_BUDGET) {
			return other;
		}
		var debtSoFar = Math.ceil(index * plan.debtShare());
		return Math.ceil((index + 1) * plan.debtShare()) > debtSoFar ? WorkItemKind.DEBT : other;
	}

	private static WorkItemKind kind(TeamPlan plan, Random random) {
		var roll = random.nextDouble();
		if (roll < plan.debtShare()) {
			return WorkItemKind.DEBT;
		}
		roll = random.nextDouble();
		return roll < 0.65 ? WorkItemKind.STORY : roll < 0.88 ? WorkItemKind.BUG : WorkItemKind.CHORE;
	}

	private static String title(TeamPlan plan, WorkItemKind kind, Random random, int counter) {
		var subject = plan.work().get(random.nextInt(plan.work().size()));
		return switch (kind) {
			case BUG -> "Fix: " + subject.toLowerCase(java.util.Locale.ROOT) + " fails for some shops";
			case DEBT -> "Clean up " + subject.toLowerCase(java.util.Locale.ROOT) + " code";
			case CHORE -> "Update dependencies of " + subject.toLowerCase(java.util.Locale.ROOT);
			default -> subject + " — step " + (1 + counter % 5);
		};
	}

	/**
	 * Stories on the team's roadmap cards in Now, estimated by the team's lead, with QA
	 * where the team has it.
	 */
	private void openWork(DemoPlans.Org org, List<TeamPlan> plans, Map<String, RoadmapItemId> roadmapItems,
			Random random) {
		var cards = Map.of("Checkout", "One-page checkout on mobile", "Merchant Onboarding", "Guided first label",
				"Mobile Apps", "Scan-to-ship in the iOS app", "Insights & Reporting",
				"Monthly cost report with savings tips", "Carrier Integrations", "DHL Parcel Europe integration",
				"Routing & Pricing", "Instant quotes", "Platform Infrastructure", "Zero-downtime deploys");
		for (var plan : plans) {
			var card = cards.get(plan.team());
			if (card == null) {
				continue;
			}
			for (int i = 1; i <= 3; i++) {
				var story = workItems.create(
						new WorkItemDetails(WorkItemKind.STORY, card + ": slice " + i,
								"Part " + i + " of **" + card + "**.", org.team(plan.team()), null,
								roadmapItems.get(card), Set.of(), Set.of(), Set.of("roadmap")),
						"system@parcelo.example");
				var participants = new java.util.HashSet<PersonId>();
				participants.add(org.person(plan.lead()));
				if (plan.qa() != null && i != 3) {
					participants.add(org.person(plan.qa()));
				}
				estimation.estimate(story.id(), story.version(), new int[] { 2, 3, 5, 8 }[random.nextInt(4)], null,
						participants);
			}
		}
	}

	/**
	 * Open stories on the other Now and Next cards, so every one of them has a forecast
	 * on first run: a card, its team and how many slices; the lockers need two teams.
	 */
	private void roadmapWork(DemoPlans.Org org, Map<String, RoadmapItemId> roadmapItems) {
		record Slices(String card, String team, int count) {
		}
		var work = List.of(new Slices("Retry failed card payments automatically", "Checkout", 2),
				new Slices("Self-serve identity check", "Merchant Onboarding", 3),
				new Slices("InPost lockers", "Carrier Integrations", 3), new Slices("InPost lockers", "Checkout", 2),
				new Slices("Saved carrier preferences per shop", "Checkout", 4),
				new Slices("Import orders from Shopify in one click", "Merchant Onboarding", 5),
				new Slices("Android parity for label printing", "Mobile Apps", 4),
				new Slices("Carrier performance benchmark", "Insights & Reporting", 4),
				new Slices("Colissimo returns", "Carrier Integrations", 3),
				new Slices("Multi-parcel shipments priced as one", "Routing & Pricing", 4),
				new Slices("Self-service preview environments", "Platform Infrastructure", 5),
				new Slices("Accessible form components", "Design System", 3));
		for (var slices : work) {
			var card = roadmapItems.get(slices.card());
			if (card == null) {
				continue;
			}
			for (int i = 1; i <= slices.count(); i++) {
				workItems.create(
						new WorkItemDetails(WorkItemKind.STORY, slices.card() + ": slice " + i, null,
								org.team(slices.team()), null, card, Set.of(), Set.of(), Set.of("roadmap")),
						"system@parcelo.example");
			}
		}
	}

	/**
	 * Two features that need more than one team: the "one feature, three tickets" smell,
	 * each on its roadmap item so the item's page shows it.
	 */
	private void crossTeamFeatures(DemoPlans.Org org, Map<String, RoadmapItemId> roadmapItems) {
		var lockers = workItems.create(
				new WorkItemDetails(WorkItemKind.FEATURE, "InPost lockers at checkout",
						"Shoppers in Poland pick a locker when they pay.", org.team("Carrier Integrations"), null,
						roadmapItems.get("InPost lockers"), Set.of(), Set.of(), Set.of("cross-team")),
				"system@parcelo.example");
		child(lockers.id(), "Locker list from the InPost API", org.team("Carrier Integrations"));
		child(lockers.id(), "Locker picker on the shipping step", org.team("Checkout"));
		child(lockers.id(), "Locker picker in the apps", org.team("Mobile Apps"));

		var scan = workItems.create(
				new WorkItemDetails(WorkItemKind.FEATURE, "Scan-to-ship end to end",
						"Scan a parcel, get a label, no desk needed.", org.team("Mobile Apps"), null,
						roadmapItems.get("Scan-to-ship in the iOS app"), Set.of(), Set.of(), Set.of("cross-team")),
				"system@parcelo.example");
		var scanner = child(scan.id(), "Scanner screen", org.team("Mobile Apps"));
		var labelApi = workItems.create(
				new WorkItemDetails(WorkItemKind.STORY, "Label API for scanned parcels", null,
						org.team("Routing & Pricing"), null, null, Set.of(), Set.of(), Set.of("cross-team")),
				"system@parcelo.example");
		dependencies.add(labelApi.id(), scanner, "blockedBy");
	}

	private WorkItemId child(WorkItemId parent, String title, dev.tandem.org.TeamId team) {
		return workItems
			.create(new WorkItemDetails(WorkItemKind.STORY, title, null, team, parent, null, Set.of(), Set.of(),
					Set.of("cross-team")), "system@parcelo.example")
			.id();
	}

	/** Knuth's method: good enough for a handful per week. */
	private static int poisson(double mean, Random random) {
		var limit = Math.exp(-mean);
		var product = random.nextDouble();
		var count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}

}
