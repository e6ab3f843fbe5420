package dev.tandem.forecast;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.delivery.DeliveryHistory;
import dev.tandem.delivery.DeliveryQueries;
import dev.tandem.delivery.DeliveryQueries.ItemFilter;
import dev.tandem.delivery.LinkedWork;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.delivery.WorkItemKind;
import dev.tandem.delivery.WorkItemRef;
import dev.tandem.delivery.WorkItemView;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.okr.Commitments;
import dev.tandem.okr.KeyResultSource;
import dev.tandem.okr.OkrSettings;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamRef;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapQueries;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;

/**
 * Forecasts from each team's real throughput, never promised dates: when a roadmap item's
 * work or a team's next items are likely done, how many items a team finishes by a date,
 * and how likely a team's quarterly commitments are to finish by the quarter's end.
 * <p>
 * Days are calendar days: the history counts every day of the window, weekends and
 * holidays included as the zero days they were, so the future is drawn day by day the
 * same way. The window ends yesterday (today is not over); the forecast starts today.
 * Results are cached and computed again as soon as any work item changes (see
 * {@link ForecastCache}). A fixed seed keeps the same data giving the same dates.
 */
@Service
public class Forecasting {

	/** The seed of every forecast: the same history and scope give the same answer. */
	public static final long SEED = 20_260_101L;

	public static final int MAX_ITEMS = 1000;

	private final DeliveryQueries delivery;

	private final DeliveryHistory history;

	private final RoadmapQueries roadmap;

	private final Commitments commitments;

	private final OkrSettings okrSettings;

	private final Teams teams;

	private final ForecastSettings settings;

	private final ForecastCache cache;

	private final Clock clock;

	private final LinkedWork linkedWork;

	Forecasting(DeliveryQueries delivery, DeliveryHistory history, RoadmapQueries roadmap, Commitments commitments,
			OkrSettings okrSettings, Teams teams, ForecastSettings settings, ForecastCache cache, Clock clock,
			LinkedWork linkedWork) {
		this.linkedWork = linkedWork;
		this.delivery = delivery;
		this.history = history;
		this.roadmap = roadmap;
		this.commitments = commitments;
		this.okrSettings = okrSettings;
		this.teams = teams;
		this.settings = settings;
		this.cache = cache;
		this.clock = clock;
	}

	/**
	 * When the roadmap item's open work items are likely done; 404 for an unknown item.
	 */
	@Transactional(readOnly = true)
	public RoadmapItemForecast roadmapItem(RoadmapItemId id) {
		var item = roadmap.item(id);
		var forecast = cached("roadmap-item", id, null, () -> {
			var linked = delivery.items(new ItemFilter(null, null, null, id, null));
			var open = new LinkedHashMap<WorkItemId, TeamId>();
			collectOpen(linked, open, new HashSet<>(), null);
			return forecast(countByTeam(open.values()), !linked.isEmpty(), settings.get());
		});
		return new RoadmapItemForecast(item.id(), item.title(), item.lane(), forecast);
	}

	/**
	 * When the team's next {@code items} open items (the settings' number when null) are
	 * likely done.
	 */
	@Transactional(readOnly = true)
	public TeamForecast team(TeamId team, Integer items) {
		var current = settings.get();
		int asked = items == null ? current.teamItems() : items;
		if (asked <= 0 || asked > MAX_ITEMS) {
			throw new InvalidInputException("items", "must be between {0} and {1}", 1, MAX_ITEMS);
		}
		var view = teams.get(team);
		var ref = new TeamRef(team, view.name());
		return cached("team", team, asked, () -> {
			var all = delivery.items(new ItemFilter(team, null, null, null, null));
			var states = new LinkedHashMap<WorkItemId, WorkflowState>();
			for (var item : all) {
				if (isOpen(item.state()) && !(item.kind() == WorkItemKind.FEATURE && !item.children().isEmpty())) {
					states.put(item.id(), item.state());
				}
			}
			// Started work first, then READY, then the backlog; oldest first within each.
			var next = states.entrySet()
				.stream()
				.sorted(Comparator.comparing((Map.Entry<WorkItemId, WorkflowState> e) -> -e.getValue().ordinal()))
				.limit(asked)
				.toList();
			var parts = new LinkedHashMap<TeamId, Integer>();
			if (!next.isEmpty()) {
				parts.put(team, next.size());
			}
			return new TeamForecast(ref, asked, next.size(), forecast(parts, !all.isEmpty(), current));
		});
	}

	/**
	 * How many items the team finishes from today to {@code by} (included), with 50, 85
	 * and 95 % likelihood. A date in the past is invalid input on {@code by}.
	 */
	@Transactional(readOnly = true)
	public HowManyForecast howMany(TeamId team, LocalDate by) {
		if (by == null) {
			throw new InvalidInputException("by", "is required");
		}
		var today = LocalDate.now(clock);
		if (by.isBefore(today)) {
			throw new InvalidInputException("by", "must not be in the past");
		}
		long days = ChronoUnit.DAYS.between(today, by);
		if (days > MonteCarlo.HORIZON_DAYS) {
			throw new InvalidInputException("by", "must be within {0} days", MonteCarlo.HORIZON_DAYS);
		}
		var view = teams.get(team);
		var ref = new TeamRef(team, view.name());
		return cached("how-many", team, by, () -> {
			var current = settings.get();
			var result = MonteCarlo.howMany(throughput(team, current), (int) days, current.trials(), SEED);
			var counts = new ArrayList<HowManyForecast.Count>();
			if (result.enoughHistory()) {
				for (int percent : Forecast.PERCENTS) {
					counts.add(new HowManyForecast.Count(percent, result.atLeast(percent)));
				}
			}
			return new HowManyForecast(ref, today, by, (int) days,
					result.enoughHistory() ? Forecast.Status.FORECAST : Forecast.Status.NOT_ENOUGH_HISTORY,
					List.copyOf(counts), current.trials(), current.windowWeeks());
		});
	}

	/**
	 * How likely the team's commitments for {@code quarter} (the current one when null)
	 * are to finish by the quarter's last day.
	 */
	@Transactional(readOnly = true)
	public CommitmentRisk commitmentRisk(TeamId team, Quarter quarter) {
		var q = quarter == null ? okrSettings.currentQuarter() : quarter;
		var set = commitments.view(team, q);
		var quarterEnd = okrSettings.calendar().lastDayOf(q);
		return cached("commitment-risk", team, List.of(q, set.version(), quarterEnd), () -> {
			var open = new LinkedHashMap<WorkItemId, TeamId>();
			var seen = new HashSet<WorkItemId>();
			int withoutWork = 0;
			var roadmapItems = new HashSet<java.util.UUID>();
			for (var commitment : set.commitments()) {
				var itemId = commitment.roadmapItemId();
				if (itemId == null) {
					withoutWork++;
					continue;
				}
				var work = delivery.items(new ItemFilter(team, null, null, new RoadmapItemId(itemId), null));
				if (work.isEmpty()) {
					withoutWork++;
				}
				else if (roadmapItems.add(itemId)) {
					collectOpen(work, open, seen, team);
				}
			}
			var current = settings.get();
			var ref = new TeamRef(team, set.teamName());
			int counted = set.commitments().size() - withoutWork;
			if (counted == 0) {
				var none = forecast(Map.of(), false, current);
				return new CommitmentRisk(ref, q, quarterEnd, set.agreed(), none.status(), null,
						set.commitments().size(), withoutWork, none);
			}
			var forecast = forecast(countByTeam(open.values()), true, current);
			Integer percent = switch (forecast.status()) {
				case NOTHING_LEFT -> 100;
				case FORECAST -> percentWithin(forecast, quarterEnd);
				default -> null;
			};
			return new CommitmentRisk(ref, q, quarterEnd, set.agreed(), forecast.status(), percent,
					set.commitments().size(), withoutWork, forecast);
		});
	}

	/**
	 * When the open work a delivery-bound key result counts ({@link LinkedWork}) is
	 * likely done, for check-in drafts.
	 */
	@Transactional(readOnly = true)
	Forecast linkedWork(KeyResultSource.Delivery source) {
		return cached("linked-work", source, null, () -> {
			var leaves = linkedWork.leaves(source);
			return forecast(countByTeam(leaves.stream().filter(l -> !l.done()).map(LinkedWork.Leaf::team).toList()),
					!leaves.isEmpty(), settings.get());
		});
	}

	/** The share of trials done by {@code date}, from the forecast's distribution. */
	static int percentWithin(Forecast forecast, LocalDate date) {
		double within = forecast.distribution()
			.stream()
			.filter(d -> !d.date().isAfter(date))
			.mapToDouble(Forecast.DistributionDay::share)
			.sum();
		return (int) Math.round(within * 100);
	}

	private <T> T cached(String kind, Object subject, Object parameters, Supplier<T> compute) {
		var fingerprint = new ForecastCache.Fingerprint(history.stamp(), LocalDate.now(clock), settings.get().version(),
				okrSettings.get().version());
		return cache.get(new ForecastCache.Key(kind, subject, parameters), fingerprint, compute);
	}

	/**
	 * Collects open items, counting a feature with children through its children (of
	 * {@code onlyTeam} when given), each item once.
	 */
	private void collectOpen(List<WorkItemView> items, Map<WorkItemId, TeamId> open, Set<WorkItemId> seen,
			TeamId onlyTeam) {
		for (var item : items) {
			if (!seen.add(item.id())) {
				continue;
			}
			if (item.kind() == WorkItemKind.FEATURE && !item.children().isEmpty()) {
				for (WorkItemRef child : item.children()) {
					if (child.kind() == WorkItemKind.FEATURE) {
						collectOpen(List.of(delivery.item(child.id())), open, seen, onlyTeam);
					}
					else if (seen.add(child.id()) && isOpen(child.state())
							&& (onlyTeam == null || onlyTeam.equals(child.team().id()))) {
						open.put(child.id(), child.team().id());
					}
				}
			}
			else if (isOpen(item.state()) && (onlyTeam == null || onlyTeam.equals(item.team().id()))) {
				open.put(item.id(), item.team().id());
			}
		}
	}

	private static boolean isOpen(WorkflowState state) {
		return state.ordinal() < WorkflowState.DONE.ordinal();
	}

	private static Map<TeamId, Integer> countByTeam(java.util.Collection<TeamId> owners) {
		var counts = new LinkedHashMap<TeamId, Integer>();
		owners.forEach(team -> counts.merge(team, 1, Integer::sum));
		return counts;
	}

	/**
	 * Runs the simulation for the parts (team → open items). {@code hasWork} tells
	 * "nothing left" (there was work, all done) from "no work".
	 */
	private Forecast forecast(Map<TeamId, Integer> remainingByTeam, boolean hasWork,
			ForecastSettings.Settings current) {
		var today = LocalDate.now(clock);
		int remaining = remainingByTeam.values().stream().mapToInt(Integer::intValue).sum();
		if (remaining == 0) {
			return new Forecast(hasWork ? Forecast.Status.NOTHING_LEFT : Forecast.Status.NO_WORK, today, 0, List.of(),
					hasWork ? List.of(new Forecast.Likelihood(50, today), new Forecast.Likelihood(85, today),
							new Forecast.Likelihood(95, today)) : List.of(),
					List.of(), current.trials(), current.windowWeeks());
		}
		var names = new LinkedHashMap<TeamId, String>();
		teams.all().forEach(t -> names.put(t.id(), t.name()));
		var parts = new ArrayList<MonteCarlo.Part>();
		var views = new ArrayList<Forecast.TeamPart>();
		remainingByTeam.entrySet()
			.stream()
			.sorted(Comparator.comparing(e -> Objects.requireNonNullElse(names.get(e.getKey()), "")))
			.forEach(e -> {
				var part = new MonteCarlo.Part(throughput(e.getKey(), current), e.getValue());
				parts.add(part);
				views.add(new Forecast.TeamPart(new TeamRef(e.getKey(), names.get(e.getKey())), e.getValue(),
						Math.round(part.meanPerDay() * 100) / 100.0, part.hasHistory()));
			});
		var when = MonteCarlo.when(parts, current.uncertainty(), current.trials(), SEED);
		if (!when.enoughHistory()) {
			return new Forecast(Forecast.Status.NOT_ENOUGH_HISTORY, today, remaining, List.copyOf(views), List.of(),
					List.of(), current.trials(), current.windowWeeks());
		}
		var likelihoods = new ArrayList<Forecast.Likelihood>();
		for (int percent : Forecast.PERCENTS) {
			int day = when.day(percent);
			likelihoods.add(new Forecast.Likelihood(percent, day < 0 ? null : today.plusDays(day)));
		}
		var distribution = new ArrayList<Forecast.DistributionDay>();
		long seen = 0;
		int[] counts = when.countByDay();
		for (int day = 0; day < counts.length; day++) {
			if (counts[day] == 0) {
				continue;
			}
			seen += counts[day];
			distribution.add(new Forecast.DistributionDay(today.plusDays(day), counts[day],
					(double) counts[day] / when.trials(), (double) seen / when.trials()));
		}
		return new Forecast(Forecast.Status.FORECAST, today, remaining, List.copyOf(views), List.copyOf(likelihoods),
				List.copyOf(distribution), current.trials(), current.windowWeeks());
	}

	/** Items the team finished on each day of the window, which ends yesterday. */
	private int[] throughput(TeamId team, ForecastSettings.Settings current) {
		var today = LocalDate.now(clock);
		return history.finishedPerDay(team, today.minusWeeks(current.windowWeeks()), today.minusDays(1))
			.stream()
			.mapToInt(DeliveryHistory.DailyThroughput::finished)
			.toArray();
	}

}
