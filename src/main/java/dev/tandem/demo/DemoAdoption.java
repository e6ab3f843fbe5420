package dev.tandem.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.tandem.adoption.AdoptionQueries;
import dev.tandem.adoption.AdoptionRefresher;
import dev.tandem.adoption.EventSourceId;
import dev.tandem.adoption.EventSources;
import dev.tandem.adoption.FeatureDetails;
import dev.tandem.adoption.FeatureId;
import dev.tandem.adoption.Features;
import dev.tandem.adoption.KeyResultMetric;
import dev.tandem.adoption.RollupWorker;
import dev.tandem.adoption.UsageEvent;
import dev.tandem.adoption.UsageIngestion;
import dev.tandem.delivery.ReleaseDates;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.delivery.WorkItemImport;
import dev.tandem.delivery.WorkItemKind;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.okr.KeyResultDetails;
import dev.tandem.okr.KeyResultSource;
import dev.tandem.okr.KeyResults;
import dev.tandem.okr.Measure;
import dev.tandem.okr.ObjectiveDirectory;
import dev.tandem.okr.Objectives;

/**
 * Ninety days of Parcelo's product usage, sent the way its web and iOS apps would send
 * it: three thousand merchants, each active on a share of the days (less at weekends), a
 * few who browse anonymously before signing up, and five tracked features released over
 * the last four months: one adopted long ago, a cost report behind its target, two new
 * ones on track, and a bulk label export that shipped and that almost nobody uses. The
 * cost report's key result takes its value from its feature's adoption. A seeded random
 * makes every demo the same.
 */
@Component
class DemoAdoption {

	private static final Logger log = LoggerFactory.getLogger(DemoAdoption.class);

	static final int DAYS = 90;

	static final int MERCHANTS = 3_000;

	static final int BATCH = 500;

	static final String ACTOR = "system@parcelo.example";

	/** The feature whose adoption the demo plants as shipped but not adopted. */
	static final String UNUSED = "Bulk label export";

	/** The key result that takes its value from adoption. */
	static final String MEASURED_KEY_RESULT = "Merchants opening the cost report monthly";

	private final EventSources sources;

	private final UsageIngestion ingestion;

	private final RollupWorker worker;

	private final AdoptionRefresher refresher;

	private final Features features;

	private final WorkItemImport imports;

	private final ReleaseDates releases;

	private final ObjectiveDirectory objectiveDirectory;

	private final Objectives objectives;

	private final KeyResults keyResults;

	private final AdoptionQueries queries;

	private final Clock clock;

	DemoAdoption(EventSources sources, UsageIngestion ingestion, RollupWorker worker, AdoptionRefresher refresher,
			Features features, WorkItemImport imports, ReleaseDates releases, ObjectiveDirectory objectiveDirectory,
			Objectives objectives, KeyResults keyResults, AdoptionQueries queries, Clock clock) {
		this.queries = queries;
		this.sources = sources;
		this.ingestion = ingestion;
		this.worker = worker;
		this.refresher = refresher;
		this.features = features;
		this.imports = imports;
		this.releases = releases;
		this.objectiveDirectory = objectiveDirectory;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.clock = clock;
	}

	/**
	 * A tracked feature: who adopts it (a share of the merchants, of the iOS ones when
	 * {@code iosOnly}), how many days after release on average, and how often an adopter
	 * uses it on an active day.
	 */
	record Plan(String name, String team, String workItemTitle, int releasedDaysAgo, String event, boolean iosOnly,
			int targetPercent, int windowDays, double adopters, double meanDelayDays, double useOnActiveDay) {
	}

	static final List<Plan> PLANS = List.of(
			new Plan("Shipping options at checkout", "Checkout", "Shipping options on the payment step (feature)", 0,
					"Shipping Option Chosen", false, 40, 60, 0.72, 10, 0.4),
			new Plan("Cost report", "Insights & Reporting", "Cost per carrier chart (feature)", 0, "Cost Report Viewed",
					false, 35, 180, 0.26, 35, 0.25),
			new Plan(UNUSED, "Insights & Reporting", UNUSED + " (feature)", 75, "Label Exported", false, 30, 30, 0.03,
					10, 0.1),
			new Plan("Guided first label", "Merchant Onboarding", "Guided first label (feature)", 50,
					"First Label Created", false, 40, 60, 0.55, 8, 0.3),
			new Plan("Scan to ship", "Mobile Apps", "Scan to ship (feature)", 20, "Parcel Scanned", true, 25, 60, 0.4,
					4, 0.5));

	private static final String[] PAGES = { "/dashboard", "/shipments", "/shipments", "/labels/new", "/labels/new",
			"/orders", "/settings/carriers", "/reports/costs", "/help" };

	private static final String[] SCREENS = { "Shipments", "Shipments", "Label preview", "Notifications", "Orders" };

	/**
	 * Creates the sources, features and usage and binds the key result; all in the
	 * caller's transaction. {@link #settle()} rolls the usage up once it committed.
	 */
	void load(DemoPlans.Org org) {
		var started = System.nanoTime();
		var random = new Random(20261128L);
		var now = clock.instant();
		var web = sources.create("Web app").source().id();
		var ios = sources.create("iOS app").source().id();
		var tracked = new ArrayList<Tracked>();
		for (var plan : PLANS) {
			var team = org.team(plan.team());
			if (plan.releasedDaysAgo() > 0) {
				var resolved = now.minus(Duration.ofDays(plan.releasedDaysAgo())).minus(Duration.ofHours(3));
				var created = resolved.minus(Duration.ofDays(40));
				var key = switch (plan.team()) {
					case "Insights & Reporting" -> "INS-500";
					case "Merchant Onboarding" -> "ONB-500";
					default -> "MOB-500";
				};
				imports.importInto(
						team, List.of(new WorkItemImport.ImportedItem(key, WorkItemKind.FEATURE, plan.workItemTitle(),
								null, WorkflowState.RELEASED, created, resolved, resolved, null, Set.of("demo"))),
						ACTOR);
			}
			var item = releases.featuresOf(team)
				.stream()
				.filter(f -> f.title().equals(plan.workItemTitle()) && f.released())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"The demo tracks " + plan.workItemTitle() + ", which it did not release"));
			var feature = features
				.create(new FeatureDetails(plan.name(), List.of(plan.event()), plan.iosOnly() ? ios : null, item.id(),
						BigDecimal.valueOf(plan.targetPercent()), plan.windowDays()));
			var released = LocalDate.ofInstant(item.releasedAt(), ZoneOffset.UTC);
			tracked.add(new Tracked(plan, feature, item.id(), released));
		}
		var sent = usage(random, now, web, ios, tracked);
		bindKeyResult(tracked.get(1).feature());
		log.info("Demo usage: {} events from {} merchants over {} days sent in {} ms", sent, MERCHANTS, DAYS,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Rolls up the usage the demo sent and refreshes the adoption figures and the key
	 * results bound to them, so the pages are alive at once. Runs after the load
	 * committed: the rollup worker's own transactions must see the raw events.
	 */
	void settle() {
		var started = System.nanoTime();
		worker.runToCompletion();
		refresher.refreshNow();
		log.info("Demo usage rolled up in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
				queries.features()
					.stream()
					.map(f -> f.name() + " " + f.progress().status() + " " + f.progress().adoptionPercent() + " %")
					.toList());
	}

	record Tracked(Plan plan, FeatureId feature, WorkItemId item, LocalDate released) {
	}

	/** A merchant: from which day they use Parcelo, how often, on which apps. */
	private record Merchant(String id, int firstDay, double activity, boolean ios, int[] adoptedOn) {
	}

	private int usage(Random random, Instant now, EventSourceId web, EventSourceId ios, List<Tracked> tracked) {
		var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		var start = today.minusDays(DAYS - 1L);
		var merchants = new ArrayList<Merchant>(MERCHANTS);
		for (int m = 1; m <= MERCHANTS; m++) {
			// most merchants were there before the 90 days; the others signed up since
			var firstDay = random.nextDouble() < 0.8 ? 0 : random.nextInt(DAYS);
			var activity = 0.06 + 0.6 * Math.pow(random.nextDouble(), 1.6);
			var onIos = random.nextDouble() < 0.3;
			var adoptedOn = new int[tracked.size()];
			for (int f = 0; f < tracked.size(); f++) {
				var plan = tracked.get(f).plan();
				var releaseDay = (int) (tracked.get(f).released().toEpochDay() - start.toEpochDay());
				var eligible = !plan.iosOnly() || onIos;
				if (eligible && random.nextDouble() < plan.adopters()) {
					var delay = (int) Math.round(-Math.log(1 - random.nextDouble()) * plan.meanDelayDays());
					adoptedOn[f] = Math.max(releaseDay, firstDay) + delay;
				}
				else {
					adoptedOn[f] = Integer.MAX_VALUE;
				}
			}
			merchants.add(new Merchant("merchant-" + m, firstDay, activity, onIos, adoptedOn));
		}
		var out = new Batches(web, ios);
		var anonymous = anonymousSignUps(random, merchants);
		for (int day = 0; day < DAYS; day++) {
			var date = start.plusDays(day);
			var weekend = date.getDayOfWeek().getValue() >= 6;
			var midnight = date.atStartOfDay(ZoneOffset.UTC).toInstant();
			for (var merchant : merchants) {
				var anon = anonymous.get(merchant.id());
				if (anon != null && day >= merchant.firstDay() - 3 && day < merchant.firstDay()) {
					// browses the site before signing up
					var at = midnight.plus(Duration.ofMinutes(480 + random.nextInt(600)));
					out.web(new UsageEvent(UsageEvent.Kind.PAGE, null, anon, null, null, at, out.messageId(random),
							Map.of("path", "/pricing")), now);
					continue;
				}
				if (day < merchant.firstDay()) {
					continue;
				}
				var chance = merchant.activity() * (weekend ? 0.3 : 1.0);
				if (random.nextDouble() >= chance) {
					continue;
				}
				var at = midnight.plus(Duration.ofMinutes(420 + random.nextInt(720)));
				if (anon != null && day == merchant.firstDay()) {
					out.web(UsageEvent.identify(merchant.id(), anon, at, out.messageId(random)), now);
				}
				var usesIos = merchant.ios() && random.nextDouble() < 0.5;
				var usesWeb = !usesIos || random.nextDouble() < 0.6;
				if (usesWeb) {
					var pages = 1 + random.nextInt(6);
					for (int p = 0; p < pages; p++) {
						at = at.plus(Duration.ofSeconds(20 + random.nextInt(300)));
						out.web(new UsageEvent(UsageEvent.Kind.PAGE, merchant.id(), null, null, null, at,
								out.messageId(random), Map.of("path", PAGES[random.nextInt(PAGES.length)])), now);
					}
				}
				if (usesIos) {
					var screens = 1 + random.nextInt(4);
					for (int s = 0; s < screens; s++) {
						at = at.plus(Duration.ofSeconds(10 + random.nextInt(200)));
						out.ios(new UsageEvent(UsageEvent.Kind.SCREEN, merchant.id(), null, null, null, at,
								out.messageId(random), Map.of("name", SCREENS[random.nextInt(SCREENS.length)])), now);
					}
				}
				for (int f = 0; f < tracked.size(); f++) {
					var plan = tracked.get(f).plan();
					if (day < merchant.adoptedOn()[f] || random.nextDouble() >= plan.useOnActiveDay()) {
						continue;
					}
					if (plan.iosOnly() ? !usesIos : !usesWeb) {
						continue;
					}
					var times = 1 + random.nextInt(3);
					for (int t = 0; t < times; t++) {
						at = at.plus(Duration.ofSeconds(5 + random.nextInt(120)));
						var event = UsageEvent.track(merchant.id(), plan.event(), at, out.messageId(random));
						if (plan.iosOnly()) {
							out.ios(event, now);
						}
						else {
							out.web(event, now);
						}
					}
				}
			}
		}
		return out.flush();
	}

	/**
	 * A few merchants who signed up during the 90 days browsed anonymously first; their
	 * identify call merges the two identities.
	 */
	private static Map<String, String> anonymousSignUps(Random random, List<Merchant> merchants) {
		var anonymous = new java.util.HashMap<String, String>();
		for (var merchant : merchants) {
			if (merchant.firstDay() >= 3 && anonymous.size() < 40 && random.nextDouble() < 0.15) {
				anonymous.put(merchant.id(), "anon-" + Long.toHexString(random.nextLong() & 0xffffffffffffL));
			}
		}
		return anonymous;
	}

	/** Sends the events of each source in batches, as an SDK flushes its queue. */
	private final class Batches {

		private final EventSourceId web;

		private final EventSourceId ios;

		private final List<UsageEvent> webEvents = new ArrayList<>(BATCH);

		private final List<UsageEvent> iosEvents = new ArrayList<>(BATCH);

		private int sent;

		Batches(EventSourceId web, EventSourceId ios) {
			this.web = web;
			this.ios = ios;
		}

		String messageId(Random random) {
			return Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
		}

		void web(UsageEvent event, Instant now) {
			add(web, webEvents, event, now);
		}

		void ios(UsageEvent event, Instant now) {
			add(ios, iosEvents, event, now);
		}

		private void add(EventSourceId source, List<UsageEvent> events, UsageEvent event, Instant now) {
			if (event.timestamp().isAfter(now)) {
				return;
			}
			events.add(event);
			if (events.size() == BATCH) {
				send(source, events);
			}
		}

		private void send(EventSourceId source, List<UsageEvent> events) {
			var accepted = ingestion.accept(source, List.copyOf(events));
			if (accepted.rejected() > 0) {
				throw new IllegalStateException("The demo sent " + accepted.rejected() + " invalid events");
			}
			sent += events.size();
			events.clear();
		}

		int flush() {
			if (!webEvents.isEmpty()) {
				send(web, webEvents);
			}
			if (!iosEvents.isEmpty()) {
				send(ios, iosEvents);
			}
			return sent;
		}

	}

	/**
	 * The Insights team's "merchants opening the cost report" key result takes its value
	 * from the cost report's adoption rate from now on.
	 */
	private void bindKeyResult(FeatureId costReport) {
		var current = objectiveDirectory.currentQuarter();
		var keyResult = objectiveDirectory.inQuarter(current)
			.stream()
			.flatMap(o -> objectives.get(o.id()).keyResults().stream())
			.filter(kr -> kr.statement().equals(MEASURED_KEY_RESULT))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"The demo binds " + MEASURED_KEY_RESULT + ", which it did not create"));
		keyResults.update(keyResult.id(), keyResult.version(),
				new KeyResultDetails(keyResult.statement(),
						new Measure(keyResult.unit(), keyResult.baseline(), keyResult.target(), keyResult.direction()),
						null, new KeyResultSource.Adoption(costReport.value(), KeyResultMetric.ADOPTION_RATE.id())));
	}

}
