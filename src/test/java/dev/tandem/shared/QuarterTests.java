package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class QuarterTests {

	@Test
	void parsesAndPrintsItsLabel() {
		assertThat(Quarter.of("2026-Q4")).isEqualTo(new Quarter(2026, 4));
		assertThat(new Quarter(2026, 4).label()).isEqualTo("2026-Q4");
	}

	@Test
	void refusesAnythingElse() {
		for (var label : new String[] { "2026-Q5", "2026Q4", "26-Q1", "", "Q1-2026" }) {
			assertThatThrownBy(() -> Quarter.of(label)).isInstanceOf(InvalidInputException.class);
		}
		assertThatThrownBy(() -> Quarter.of(null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void stepsAcrossYears() {
		assertThat(Quarter.of("2026-Q4").next()).isEqualTo(Quarter.of("2027-Q1"));
		assertThat(Quarter.of("2027-Q1").previous()).isEqualTo(Quarter.of("2026-Q4"));
		assertThat(Quarter.of("2026-Q4")).isGreaterThan(Quarter.of("2026-Q3")).isLessThan(Quarter.of("2027-Q1"));
	}

	@Test
	void calendarYearQuartersFollowTheMonths() {
		var calendar = FiscalCalendar.CALENDAR_YEAR;
		assertThat(calendar.quarterOf(LocalDate.of(2026, 11, 27))).isEqualTo(Quarter.of("2026-Q4"));
		assertThat(calendar.quarterOf(LocalDate.of(2026, 1, 1))).isEqualTo(Quarter.of("2026-Q1"));
		assertThat(calendar.firstDayOf(Quarter.of("2026-Q4"))).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(calendar.lastDayOf(Quarter.of("2026-Q4"))).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void aFiscalYearStartingInAprilIsNamedForTheYearItStarts() {
		var april = new FiscalCalendar(4);
		assertThat(april.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(Quarter.of("2026-Q1"));
		assertThat(april.quarterOf(LocalDate.of(2027, 3, 31))).isEqualTo(Quarter.of("2026-Q4"));
		assertThat(april.quarterOf(LocalDate.of(2026, 11, 27))).isEqualTo(Quarter.of("2026-Q3"));
		assertThat(april.monthsOf(Quarter.of("2026-Q4"))).containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 2),
				YearMonth.of(2027, 3));
		assertThat(april.lastDayOf(Quarter.of("2026-Q4"))).isEqualTo(LocalDate.of(2027, 3, 31));
	}

	@Test
	void everyDayBelongsToTheQuarterThatContainsIt() {
		for (int firstMonth = 1; firstMonth <= 12; firstMonth++) {
			var calendar = new FiscalCalendar(firstMonth);
			for (var day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
				var quarter = calendar.quarterOf(day);
				assertThat(day).isBetween(calendar.firstDayOf(quarter), calendar.lastDayOf(quarter));
			}
		}
	}

	@Test
	void refusesAMonthOutsideTheYear() {
		assertThatThrownBy(() -> new FiscalCalendar(13)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new FiscalCalendar(0)).isInstanceOf(InvalidInputException.class);
	}

}
