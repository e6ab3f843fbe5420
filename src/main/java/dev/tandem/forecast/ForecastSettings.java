package dev.tandem.forecast;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.identity.Role;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;
import dev.tandem.shared.StaleVersionException;

/**
 * How forecasts are made: the weeks of throughput history they replay, the number of
 * trials, how many of a team's next items its page forecasts, and how unsure the
 * remaining scope is (a range and a split factor, in percent of the counted items).
 * Anyone reads them; only an administrator changes them.
 */
@Service
public class ForecastSettings {

	public static final int MAX_WINDOW_WEEKS = 52;

	public static final int MIN_TRIALS = 100;

	public static final int MAX_TRIALS = 100_000;

	public static final int MAX_TEAM_ITEMS = 500;

	public static final int MAX_PERCENT = 500;

	/** The settings as stored, with the version an update must quote. */
	public record Settings(int windowWeeks, int trials, int teamItems, int scopeLowPercent, int scopeHighPercent,
			int splitLowPercent, int splitHighPercent, long version) {

		public static final Settings DEFAULTS = new Settings(12, MonteCarlo.DEFAULT_TRIALS, 10, 100, 100, 100, 100, 0);

		/** The scope range and split factor as the simulation takes them. */
		public MonteCarlo.Uncertainty uncertainty() {
			return new MonteCarlo.Uncertainty(scopeLowPercent / 100.0, scopeHighPercent / 100.0,
					splitLowPercent / 100.0, splitHighPercent / 100.0);
		}

		/** True when the count is exact and nothing splits: the default. */
		public boolean exactScope() {
			return scopeLowPercent == 100 && scopeHighPercent == 100 && splitLowPercent == 100
					&& splitHighPercent == 100;
		}

	}

	/** What an administrator sends; every field is required. */
	public record Change(Integer windowWeeks, Integer trials, Integer teamItems, Integer scopeLowPercent,
			Integer scopeHighPercent, Integer splitLowPercent, Integer splitHighPercent, Long version) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ForecastSettings(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Settings get() {
		return jdbc.sql("""
				select window_weeks, trials, team_items, scope_low_percent, scope_high_percent,
				       split_low_percent, split_high_percent, version
				from forecast_settings where id = 1
				""")
			.query((rs, row) -> new Settings(rs.getInt("window_weeks"), rs.getInt("trials"), rs.getInt("team_items"),
					rs.getInt("scope_low_percent"), rs.getInt("scope_high_percent"), rs.getInt("split_low_percent"),
					rs.getInt("split_high_percent"), rs.getLong("version")))
			.single();
	}

	/**
	 * Changes the settings. Administrators only (403 for anyone else, checked before the
	 * input); 400 with the field errors for bad input; 409 when the version is stale.
	 */
	@Transactional
	public Settings update(Change change) {
		Role.requireAdmin("change the forecast settings");
		var errors = new java.util.ArrayList<FieldError>();
		between(errors, "windowWeeks", change.windowWeeks(), 1, MAX_WINDOW_WEEKS);
		between(errors, "trials", change.trials(), MIN_TRIALS, MAX_TRIALS);
		between(errors, "teamItems", change.teamItems(), 1, MAX_TEAM_ITEMS);
		between(errors, "scopeLowPercent", change.scopeLowPercent(), 1, MAX_PERCENT);
		between(errors, "scopeHighPercent", change.scopeHighPercent(), 1, MAX_PERCENT);
		between(errors, "splitLowPercent", change.splitLowPercent(), 100, MAX_PERCENT);
		between(errors, "splitHighPercent", change.splitHighPercent(), 100, MAX_PERCENT);
		if (errors.isEmpty() && change.scopeHighPercent() < change.scopeLowPercent()) {
			errors.add(new FieldError("scopeHighPercent", "must not be below the low end"));
		}
		if (errors.isEmpty() && change.splitHighPercent() < change.splitLowPercent()) {
			errors.add(new FieldError("splitHighPercent", "must not be below the low end"));
		}
		if (change.version() == null) {
			errors.add(new FieldError("version", "is required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		var before = get();
		var updated = jdbc.sql("""
				update forecast_settings set window_weeks = :weeks, trials = :trials, team_items = :items,
				  scope_low_percent = :scopeLow, scope_high_percent = :scopeHigh,
				  split_low_percent = :splitLow, split_high_percent = :splitHigh, version = version + 1
				where id = 1 and version = :version
				""")
			.param("weeks", change.windowWeeks())
			.param("trials", change.trials())
			.param("items", change.teamItems())
			.param("scopeLow", change.scopeLowPercent())
			.param("scopeHigh", change.scopeHighPercent())
			.param("splitLow", change.splitLowPercent())
			.param("splitHigh", change.splitHighPercent())
			.param("version", change.version())
			.update();
		if (updated == 0) {
			throw new StaleVersionException("forecast settings", "", change.version());
		}
		var after = get();
		audit.record(Subject.of("forecast-settings", "1"), "forecast.settings.updated", "Changed the forecast settings",
				describe(before), describe(after));
		return after;
	}

	private static String describe(Settings s) {
		return "window " + s.windowWeeks() + " weeks, " + s.trials() + " trials, next " + s.teamItems()
				+ " items, scope " + s.scopeLowPercent() + "–" + s.scopeHighPercent() + " %, split "
				+ s.splitLowPercent() + "–" + s.splitHighPercent() + " %";
	}

	private static void between(java.util.List<FieldError> errors, String field, Integer value, int min, int max) {
		if (value == null) {
			errors.add(new FieldError(field, "is required"));
		}
		else if (value < min || value > max) {
			errors.add(FieldError.of(field, "must be between {0} and {1}", min, max));
		}
	}

}
