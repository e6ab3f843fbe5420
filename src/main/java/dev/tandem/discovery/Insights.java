package dev.tandem.discovery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/** Captures and corrects user evidence. Every write is audited. */
@Service
public class Insights {

	static final Comparator<InsightView> NEWEST_FIRST = Comparator.comparing(InsightView::observedOn)
		.reversed()
		.thenComparing(i -> i.id().value());

	private final InsightRepository insights;

	private final AuditTrail audit;

	private final Clock clock;

	Insights(InsightRepository insights, AuditTrail audit, Clock clock) {
		this.insights = insights;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a new insight; its date may not lie in the future. */
	@Transactional
	public InsightView capture(InsightDetails details) {
		var insight = insights.save(Insight.capture(details, today(), clock.instant()));
		audit.record(subject(insight.id()), "insight.captured",
				"Captured a " + details.kind() + " insight from " + details.source(), null, describe(details));
		return insight.view();
	}

	/** Corrects an insight; 409 when {@code expectedVersion} is stale. */
	@Transactional
	public InsightView update(InsightId id, long expectedVersion, InsightDetails details) {
		var insight = load(id);
		if (!insight.isVersion(expectedVersion)) {
			throw new StaleVersionException("insight", id, expectedVersion);
		}
		var before = insight.view();
		insight.change(details, today());
		insights.save(insight);
		audit.record(subject(id), "insight.updated", "Updated an insight from " + details.source(), describe(before),
				describe(details));
		return insight.view();
	}

	@Transactional(readOnly = true)
	public InsightView get(InsightId id) {
		return load(id).view();
	}

	@Transactional(readOnly = true)
	public boolean exists(InsightId id) {
		return insights.existsById(id.value());
	}

	/** Every insight, newest observation first, optionally only those with a tag. */
	@Transactional(readOnly = true)
	public List<InsightView> all(String tag) {
		var wanted = tag == null || tag.isBlank() ? null : InsightDetails.tagsOf(tag);
		return insights.findAll()
			.stream()
			.map(Insight::view)
			.filter(i -> wanted == null || i.tags().containsAll(wanted))
			.sorted(NEWEST_FIRST)
			.toList();
	}

	static Subject subject(InsightId id) {
		return Subject.of("insight", id);
	}

	private Insight load(InsightId id) {
		return insights.findById(id.value()).orElseThrow(() -> new NotFoundException("insight", id));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String describe(InsightDetails d) {
		return d.kind() + " from " + d.source() + " on " + d.observedOn() + ": " + d.text()
				+ (d.link() == null ? "" : "; link: " + d.link()) + (d.tags().isEmpty() ? "" : "; tags: " + d.tags());
	}

	private static String describe(InsightView v) {
		return describe(new InsightDetails(v.text(), v.kind(), v.source(), v.observedOn(), v.link(), v.tags()));
	}

}
