package dev.tandem.adoption;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.adoption.FeatureView.Progress;
import dev.tandem.adoption.FeatureView.TrackedWorkItem;
import dev.tandem.delivery.ReleaseDates;
import dev.tandem.delivery.ReleaseDates.TrackedItem;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;

/**
 * Features with their adoption and every usage metric, answered from the in-memory
 * {@link AdoptionIndex} (never per day from the database). Days are UTC days, like the
 * rollups; "today" is the UTC day of the application's clock.
 */
@Service
public class AdoptionQueries {

	public static final int MAX_DAYS = 366;

	public static final int DEFAULT_DAYS = 30;

	public static final int DEFAULT_RETENTION_DAYS = 7;

	private static final int MAX_CURVE_DAYS = 365;

	private final FeatureRepository features;

	private final ReleaseDates releases;

	private final AdoptionIndex index;

	private final Clock clock;

	AdoptionQueries(FeatureRepository features, ReleaseDates releases, AdoptionIndex index, Clock clock) {
		this.features = features;
		this.releases = releases;
		this.index = index;
		this.clock = clock;
	}

	/** Today as the rollups count days (UTC). */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** The event names seen in the rollups, to offer when defining a feature. */
	public List<String> eventNames() {
		return index.snapshot().eventNames();
	}

	/** Every feature by name, with its status and adoption curve. */
	@Transactional(readOnly = true)
	public List<FeatureView> features() {
		return views(features.findAll());
	}

	@Transactional(readOnly = true)
	public FeatureView feature(FeatureId id) {
		return views(List.of(load(id))).get(0);
	}

	/** The features tracking work items of a team, by name. */
	@Transactional(readOnly = true)
	public List<FeatureView> ofTeam(TeamId team) {
		return features().stream().filter(f -> f.workItem() != null && team.equals(f.workItem().teamId())).toList();
	}

	/**
	 * Every metric of a feature from {@code from} to {@code to} (default: the 30 days
	 * ending today), from {@code source} (default: the feature's source, else all).
	 */
	@Transactional(readOnly = true)
	public FeatureMetrics metrics(FeatureId id, LocalDate from, LocalDate to, EventSourceId source,
			Integer retentionDays) {
		var feature = load(id);
		var last = to == null ? today() : to;
		var first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : from;
		if (last.isBefore(first)) {
			throw new InvalidInputException("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidInputException("to", "at most {0} days", MAX_DAYS);
		}
		var n = retentionDays == null ? DEFAULT_RETENTION_DAYS : retentionDays;
		if (n < 1 || n > MAX_DAYS) {
			throw new InvalidInputException("retentionDays", "must be between 1 and {0}", MAX_DAYS);
		}
		var from_ = (int) first.toEpochDay();
		var to_ = (int) last.toEpochDay();
		var effectiveSource = source != null ? source : feature.source();
		var usage = index.snapshot().usage(feature.eventNames(), effectiveSource);
		var released = released(feature);
		var timeToFirstUse = released == null ? null : usage.timeToFirstUse((int) released.toEpochDay(), to_);
		return new FeatureMetrics(feature.id(), first, last, effectiveSource, usage.activeUsers(from_, to_),
				usage.featureUserCount(from_, to_), usage.adoption(from_, to_), usage.stickiness(from_, to_),
				usage.retention(from_, to_, n, true), timeToFirstUse, usage.frequency(from_, to_));
	}

	/**
	 * A feature's current value of a key result metric, or null when it cannot be
	 * measured (no such feature).
	 */
	@Transactional(readOnly = true)
	public BigDecimal measure(FeatureId id, KeyResultMetric metric) {
		var feature = features.findById(id.value()).orElse(null);
		if (feature == null) {
			return null;
		}
		var view = views(List.of(feature)).get(0);
		var usage = index.snapshot().usage(feature.eventNames(), feature.source());
		var today = (int) today().toEpochDay();
		var progress = view.progress();
		// Released: the adoption window so far; otherwise the last window's worth of
		// days.
		int from = progress.released() != null ? (int) progress.released().toEpochDay()
				: today - feature.windowDays() + 1;
		int to = progress.windowEnd() != null ? (int) Math.min(today, progress.windowEnd().toEpochDay()) : today;
		return switch (metric) {
			case ADOPTION_RATE -> percent(from > to ? 0 : usage.adoption(from, to).rate());
			case FEATURE_USERS -> BigDecimal.valueOf(from > to ? 0 : usage.featureUserCount(from, to));
			case STICKINESS -> {
				var mean = usage.stickiness(today - FeatureUsage.MONTH_DAYS + 1, today).mean();
				yield percent(mean == null ? 0 : mean);
			}
		};
	}

	private static BigDecimal percent(double share) {
		return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
	}

	Feature load(FeatureId id) {
		return features.findById(id.value()).orElseThrow(() -> new dev.tandem.shared.NotFoundException("feature", id));
	}

	private LocalDate released(Feature feature) {
		if (feature.workItemId() == null) {
			return null;
		}
		var item = releases.of(List.of(feature.workItemId())).get(feature.workItemId());
		return item == null || item.releasedAt() == null ? null
				: LocalDate.ofInstant(item.releasedAt(), ZoneOffset.UTC);
	}

	private List<FeatureView> views(List<Feature> found) {
		Map<WorkItemId, TrackedItem> items = releases
			.of(found.stream().map(Feature::workItemId).filter(Objects::nonNull).distinct().toList());
		var snapshot = index.snapshot();
		var today = today();
		return found.stream().map(f -> {
			var item = f.workItemId() == null ? null : items.get(f.workItemId());
			var released = item == null || item.releasedAt() == null ? null
					: LocalDate.ofInstant(item.releasedAt(), ZoneOffset.UTC);
			var tracked = item == null ? null
					: new TrackedWorkItem(item.id(), item.title(), item.team(), item.state().name(), released);
			var progress = released == null ? Progress.notReleased()
					: progress(f, snapshot.usage(f.eventNames(), f.source()), released, today);
			return new FeatureView(f.id(), f.name(), f.eventNames(), f.source(), tracked, f.targetPercent(),
					f.windowDays(), progress, f.version());
		}).sorted(Comparator.comparing(FeatureView::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	/**
	 * Adoption over the window so far against the target: after the window, ADOPTED or
	 * SHIPPED_NOT_ADOPTED; inside it, ON_TRACK when at or above the target pro rata of
	 * the days gone by.
	 */
	static Progress progress(Feature feature, FeatureUsage usage, LocalDate released, LocalDate today) {
		var windowEnd = released.plusDays(feature.windowDays() - 1L);
		var release = (int) released.toEpochDay();
		var curve = today.isBefore(released) ? List.<FeatureMetrics.CurvePoint>of()
				: usage.adoptionCurve(release, (int) Math.min(today.toEpochDay(), release + MAX_CURVE_DAYS - 1));
		var lastInWindow = (int) Math.min(today.toEpochDay(), windowEnd.toEpochDay()) - release;
		var elapsed = Math.max(0, lastInWindow + 1);
		var adoption = elapsed == 0 ? 0.0 : curve.get(lastInWindow).rate() * 100;
		var target = feature.targetPercent().doubleValue();
		var expected = target * elapsed / feature.windowDays();
		AdoptionStatus status;
		if (today.isAfter(windowEnd)) {
			status = adoption >= target ? AdoptionStatus.ADOPTED : AdoptionStatus.SHIPPED_NOT_ADOPTED;
		}
		else {
			status = adoption >= expected ? AdoptionStatus.ON_TRACK : AdoptionStatus.BEHIND;
		}
		return new Progress(status, released, windowEnd, elapsed, Math.round(adoption * 10) / 10.0,
				Math.round(expected * 10) / 10.0, curve);
	}

}
