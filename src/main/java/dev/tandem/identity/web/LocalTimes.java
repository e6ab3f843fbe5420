package dev.tandem.identity.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Writes instants for the reader's locale, in UTC because Tandem has no per-user time
 * zone yet.
 */
record LocalTimes(DateTimeFormatter formatter) {

	static LocalTimes of(Locale locale) {
		return new LocalTimes(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC));
	}

	String format(Instant instant) {
		return instant == null ? null : formatter.format(instant) + " UTC";
	}
}
