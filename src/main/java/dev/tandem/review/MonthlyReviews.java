package dev.tandem.review;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.identity.Role;

import dev.tandem.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly review: computed from the other modules while the month is open, read from
 * its snapshot once closed. Closing keeps the review exactly as computed at that moment;
 * nothing changes a closed month afterwards.
 *
 * <p>
 * An open month's review is kept for {@link #FRESH_FOR} after it is computed, so the page
 * answers at once to the several people who open it in a meeting; the page says when its
 * figures were computed and can ask for fresh ones.
 */
@Service
public class MonthlyReviews {

	static final Duration FRESH_FOR = Duration.ofMinutes(2);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReviewComputation computation;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final ConcurrentHashMap<YearMonth, MonthlyReview> fresh = new ConcurrentHashMap<>();

	MonthlyReviews(ReviewComputation computation, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.computation = computation;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The month's review: its snapshot when closed, else computed (or recently computed).
	 */
	@Transactional(readOnly = true)
	public MonthlyReview review(YearMonth month) {
		return snapshot(month).orElseGet(() -> fresh.compute(month,
				(m, cached) -> cached != null && cached.computedAt().plus(FRESH_FOR).isAfter(clock.instant()) ? cached
						: computation.compute(m, snapshot(m.minusMonths(1)))));
	}

	/** The open month's review computed anew, not from the last few minutes. */
	@Transactional(readOnly = true)
	public MonthlyReview recompute(YearMonth month) {
		fresh.remove(month);
		return review(month);
	}

	/** The months closed so far, newest first. */
	@Transactional(readOnly = true)
	public List<YearMonth> closedMonths() {
		return jdbc.sql("select review_month from review_snapshot order by review_month desc")
			.query(String.class)
			.list()
			.stream()
			.map(YearMonth::parse)
			.toList();
	}

	/**
	 * Closes the month given as {@code yyyy-mm}; administrators only, refused (403)
	 * before the month is even read.
	 */
	@Transactional
	public MonthlyReview close(String month, String actorEmail) {
		Role.requireAdmin("close a month's review");
		return close(parseMonth(month), actorEmail);
	}

	/** A month as {@code yyyy-mm}; anything else is a 400 on {@code month}. */
	public static YearMonth parseMonth(String month) {
		try {
			return YearMonth.parse(month);
		}
		catch (RuntimeException e) {
			throw new InvalidInputException("month", "must be a month like {0}", "2026-01");
		}
	}

	/**
	 * Closes the month: computes its review and keeps it as it is. Refused for a month
	 * already closed and for a month that has not begun.
	 */
	@Transactional
	public MonthlyReview close(YearMonth month, String actorEmail) {
		Role.requireAdmin("close a month's review");
		if (month.isAfter(YearMonth.from(LocalDate.now(clock)))) {
			throw new InvalidInputException("month", "must not be after the current month");
		}
		if (snapshot(month).isPresent()) {
			throw new InvalidInputException("month", "{0} is already closed", month.toString());
		}
		var computed = computation.compute(month, snapshot(month.minusMonths(1)));
		var closedAt = clock.instant();
		var closed = new MonthlyReview(computed.month(), computed.quarter(), computed.asOf(), computed.computedAt(),
				closedAt, actorEmail, computed.okrs(), computed.investment(), computed.shipped(),
				computed.predictability(), computed.quality(), computed.discovery(), computed.organisation(),
				computed.signals());
		jdbc.sql("""
				insert into review_snapshot (review_month, content, closed_at, closed_by)
				values (:month, :content, :closedAt, :closedBy)""")
			.param("month", month.toString())
			.param("content", JSON.writeValueAsString(closed))
			.param("closedAt", closedAt.atOffset(ZoneOffset.UTC))
			.param("closedBy", actorEmail)
			.update();
		audit.record(subject(month), null, "review.closed", "Closed the review of " + month, null,
				closed.signals().size() + " signals");
		fresh.remove(month);
		return closed;
	}

	private Optional<MonthlyReview> snapshot(YearMonth month) {
		return jdbc.sql("select content from review_snapshot where review_month = :month")
			.param("month", month.toString())
			.query(String.class)
			.optional()
			.map(json -> JSON.readValue(json, MonthlyReview.class));
	}

	static Subject subject(YearMonth month) {
		return Subject.of("review", month.toString());
	}

}
