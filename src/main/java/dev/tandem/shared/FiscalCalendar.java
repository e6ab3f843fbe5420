package dev.tandem.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Maps dates to quarters for a fiscal year that starts in {@code firstMonth} (1 =
 * January, the default). With April, the fiscal year 2026 runs from April 2026 to March
 * 2027 and {@code 2026-Q1} is April to June 2026.
 */
public record FiscalCalendar(int firstMonth) {

	public static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(1);

	public FiscalCalendar {
		if (firstMonth < 1 || firstMonth > 12) {
			throw new InvalidInputException("fiscalYearFirstMonth", "must be a month from 1 to 12");
		}
	}

	public Quarter quarterOf(LocalDate date) {
		var monthsIntoFiscalYear = Math.floorMod(date.getMonthValue() - firstMonth, 12);
		var fiscalYear = date.getMonthValue() >= firstMonth ? date.getYear() : date.getYear() - 1;
		return new Quarter(fiscalYear, monthsIntoFiscalYear / 3 + 1);
	}

	/** The first calendar month of the quarter. */
	public YearMonth firstMonthOf(Quarter quarter) {
		return YearMonth.of(quarter.year(), firstMonth).plusMonths((quarter.number() - 1) * 3L);
	}

	/** The three calendar months of the quarter, in order. */
	public List<YearMonth> monthsOf(Quarter quarter) {
		var first = firstMonthOf(quarter);
		return IntStream.range(0, 3).mapToObj(first::plusMonths).toList();
	}

	public LocalDate firstDayOf(Quarter quarter) {
		return firstMonthOf(quarter).atDay(1);
	}

	public LocalDate lastDayOf(Quarter quarter) {
		return firstMonthOf(quarter).plusMonths(2).atEndOfMonth();
	}

	public boolean contains(Quarter quarter, LocalDate date) {
		return quarterOf(date).equals(quarter);
	}

}
