package dev.tandem.okr;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.identity.Role;
import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.FiscalCalendar;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;
import dev.tandem.shared.StaleVersionException;

/**
 * The OKR settings: the first month of the fiscal year, which decides the months of each
 * quarter. Anyone reads them; only an administrator changes them.
 */
@Service
public class OkrSettings {

	/** The settings as stored, with the version an update must quote. */
	public record Settings(int fiscalYearFirstMonth, long version) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	OkrSettings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Settings get() {
		return jdbc.sql("select fiscal_year_first_month, version from okr_settings where id = 1")
			.query((rs, row) -> new Settings(rs.getInt("fiscal_year_first_month"), rs.getLong("version")))
			.single();
	}

	public FiscalCalendar calendar() {
		return new FiscalCalendar(get().fiscalYearFirstMonth());
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The quarter today falls in. */
	public Quarter currentQuarter() {
		return calendar().quarterOf(today());
	}

	/**
	 * Changes the first month of the fiscal year (1–12). Administrators only (403 for
	 * anyone else, checked before the input); 409 when {@code expectedVersion} is stale.
	 */
	@Transactional
	public Settings update(Integer fiscalYearFirstMonth, Long expectedVersion) {
		Role.requireAdmin("change the OKR settings");
		if (fiscalYearFirstMonth == null) {
			throw new InvalidInputException("fiscalYearFirstMonth", "is required");
		}
		if (expectedVersion == null) {
			throw new InvalidInputException("version", "is required");
		}
		var calendar = new FiscalCalendar(fiscalYearFirstMonth);
		var before = get();
		var updated = jdbc.sql("""
				update okr_settings set fiscal_year_first_month = :month, version = version + 1
				where id = 1 and version = :version
				""").param("month", calendar.firstMonth()).param("version", expectedVersion).update();
		if (updated == 0) {
			throw new StaleVersionException("OKR settings", "", expectedVersion);
		}
		audit.record(Subject.of("okr-settings", "1"), "okr.settings.updated",
				"Fiscal year now starts in month " + calendar.firstMonth(),
				"fiscal year starts in month " + before.fiscalYearFirstMonth(),
				"fiscal year starts in month " + calendar.firstMonth());
		return get();
	}

}
