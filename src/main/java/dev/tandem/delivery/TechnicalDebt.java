package dev.tandem.delivery;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;

/**
 * Technical debt per team: what the open DEBT items cost, how much of the recent
 * throughput went to debt, against the team's debt budget.
 */
@Service
public class TechnicalDebt {

	public static final int DEFAULT_BUDGET = 20;

	/**
	 * The share of its throughput a team means to spend on debt; version 0 = never set.
	 */
	public record DebtBudget(TeamId teamId, int percent, long version) {
	}

	/** One week of the trend, starting on Monday. */
	public record WeekShare(LocalDate weekStart, int items, int debtItems, Integer itemPercent, Integer pointPercent) {
	}

	public record DebtReport(TeamId teamId, String teamName, int openDebtItems, BigDecimal openPrincipalHours,
			BigDecimal weeklyInterestHours, int budgetPercent, long budgetVersion, DebtShare lastFourWeeks,
			boolean overBudget, List<WeekShare> weeks) {
	}

	/**
	 * Where a team stands against its budget over the last four weeks, for a glance at
	 * the team's page.
	 */
	public record DebtStanding(TeamId teamId, int budgetPercent, DebtShare lastFourWeeks, boolean overBudget) {
	}

	private final JdbcClient jdbc;

	private final Teams teams;

	private final AuditTrail audit;

	private final Clock clock;

	TechnicalDebt(JdbcClient jdbc, Teams teams, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public DebtBudget budget(TeamId team) {
		teams.get(team);
		return storedBudget(team);
	}

	private DebtBudget storedBudget(TeamId team) {
		return jdbc.sql("select percent, version from delivery_debt_budget where team_id = :team")
			.param("team", team.value())
			.query((rs, n) -> new DebtBudget(team, rs.getInt("percent"), rs.getLong("version")))
			.optional()
			.orElse(new DebtBudget(team, DEFAULT_BUDGET, 0));
	}

	/**
	 * Sets the budget; {@code expectedVersion} is the version read (0 when never set).
	 */
	@Transactional
	public DebtBudget setBudget(TeamId team, int percent, long expectedVersion) {
		if (percent < 0 || percent > 100) {
			throw new InvalidInputException("percent", "must be between {0} and {1}", 0, 100);
		}
		var current = budget(team);
		if (current.version() != expectedVersion) {
			throw new StaleVersionException("debt budget", team, expectedVersion);
		}
		if (expectedVersion == 0) {
			jdbc.sql("insert into delivery_debt_budget (team_id, percent, version) values (:team, :percent, 1)")
				.param("team", team.value())
				.param("percent", percent)
				.update();
		}
		else if (jdbc.sql("""
				update delivery_debt_budget set percent = :percent, version = version + 1
				where team_id = :team and version = :version
				""")
			.param("team", team.value())
			.param("percent", percent)
			.param("version", expectedVersion)
			.update() == 0) {
			throw new StaleVersionException("debt budget", team, expectedVersion);
		}
		audit.record(Subject.of("team", team), "delivery.debt-budget.set", "Debt budget " + percent + " %",
				String.valueOf(current.percent()), String.valueOf(percent));
		return budget(team);
	}

	/**
	 * The team's debt now, over the last four weeks and per week for {@code weeks} weeks.
	 */
	@Transactional(readOnly = true)
	public DebtReport report(TeamId team, int weeks) {
		if (weeks < 1 || weeks > 104) {
			throw new InvalidInputException("weeks", "must be between {0} and {1}", 1, 104);
		}
		TeamView view = teams.get(team);
		var budget = budget(team);
		var open = jdbc.sql("""
				select debt_principal_hours, debt_interest_hours from work_item
				where team_id = :team and kind = 'DEBT' and state not in ('DONE', 'RELEASED')
				""")
			.param("team", team.value())
			.query((rs, n) -> new DebtCost(rs.getBigDecimal(1), rs.getBigDecimal(2)))
			.list();
		var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		var thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var firstWeek = thisWeek.minusWeeks(weeks - 1);
		var fourWeeksAgo = today.minusWeeks(4).atStartOfDay(ZoneOffset.UTC).toInstant();
		var since = firstWeek.atStartOfDay(ZoneOffset.UTC).toInstant();
		var earliest = since.isBefore(fourWeeksAgo) ? since : fourWeeksAgo;
		var finished = finishedSince(team, earliest);
		var recent = DebtShare.of(finished.stream().filter(f -> !f.finishedAt().isBefore(fourWeeksAgo)).toList());
		var trend = new ArrayList<WeekShare>();
		for (int i = 0; i < weeks; i++) {
			var start = firstWeek.plusWeeks(i);
			var from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
			var to = start.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
			var share = DebtShare.of(finished.stream()
				.filter(f -> !f.finishedAt().isBefore(from) && f.finishedAt().isBefore(to))
				.toList());
			trend
				.add(new WeekShare(start, share.items(), share.debtItems(), share.itemPercent(), share.pointPercent()));
		}
		return new DebtReport(team, view.name(), open.size(),
				DebtShare.sum(open.stream().map(DebtCost::principalHours).toList()),
				DebtShare.sum(open.stream().map(DebtCost::interestHours).toList()), budget.percent(), budget.version(),
				recent, recent.overBudget(budget.percent()), trend);
	}

	/**
	 * The team's budget and its debt share over the last four weeks, as {@link #report}
	 * counts them, in two queries; a team that does not exist reads as one that finished
	 * nothing.
	 */
	@Transactional(readOnly = true)
	public DebtStanding standing(TeamId team) {
		var budget = storedBudget(team);
		var fourWeeksAgo = LocalDate.now(clock.withZone(ZoneOffset.UTC))
			.minusWeeks(4)
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		var recent = DebtShare.of(finishedSince(team, fourWeeksAgo));
		return new DebtStanding(team, budget.percent(), recent, recent.overBudget(budget.percent()));
	}

	/**
	 * Items still done or released whose last arrival in DONE is at or after
	 * {@code since}.
	 */
	private List<DebtShare.FinishedItem> finishedSince(TeamId team, java.time.Instant since) {
		return jdbc.sql("""
				select w.kind, w.estimate_points, max(t.happened_at) as finished_at
				from work_item w join work_item_transition t on t.item_id = w.id
				where w.team_id = :team and t.to_state = 'DONE' and w.state in ('DONE', 'RELEASED')
				group by w.id, w.kind, w.estimate_points
				having max(t.happened_at) >= :since
				""")
			.param("team", team.value())
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new DebtShare.FinishedItem("DEBT".equals(rs.getString("kind")),
					(Integer) rs.getObject("estimate_points", Integer.class),
					rs.getTimestamp("finished_at").toInstant()))
			.list();
	}

}
