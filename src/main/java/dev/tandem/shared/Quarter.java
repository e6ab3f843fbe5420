package dev.tandem.shared;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A quarter of a fiscal year, labelled like {@code 2026-Q4}. The year is the calendar
 * year in which the fiscal year starts; which months a quarter covers depends on the
 * {@link FiscalCalendar}.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

	private static final Pattern LABEL = Pattern.compile("(\\d{4})-Q([1-4])");

	public Quarter {
		if (year < 1900 || year > 9999) {
			throw new InvalidInputException("quarter", "year must be between 1900 and 9999");
		}
		if (number < 1 || number > 4) {
			throw new InvalidInputException("quarter", "quarter number must be 1 to 4");
		}
	}

	/**
	 * Parses {@code 2026-Q4}; anything else is invalid input on the field
	 * {@code quarter}.
	 */
	public static Quarter of(String label) {
		var matcher = label == null ? null : LABEL.matcher(label.trim());
		if (matcher == null || !matcher.matches()) {
			throw new InvalidInputException("quarter", "must look like 2026-Q4");
		}
		return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	public Quarter next() {
		return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
	}

	public Quarter previous() {
		return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
	}

	public String label() {
		return year + "-Q" + number;
	}

	@Override
	public int compareTo(Quarter other) {
		return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
	}

	@JsonValue
	@Override
	public String toString() {
		return label();
	}

}
