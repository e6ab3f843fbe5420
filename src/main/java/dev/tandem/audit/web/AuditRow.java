package dev.tandem.audit.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dev.tandem.audit.AuditEntry;

/**
 * One line of the audit page. {@code when} is written for the reader's locale, in UTC
 * because Tandem has no per-user time zone yet; {@code isoWhen} feeds the
 * {@code <time datetime>} attribute.
 */
record AuditRow(String when, String isoWhen, String actor, String action, String summary, String subjectType,
		String subjectId, String before, String after) {

	static DateTimeFormatter formatter(Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC);
	}

	static AuditRow of(AuditEntry entry, DateTimeFormatter formatter) {
		return new AuditRow(formatter.format(entry.occurredAt()), entry.occurredAt().toString(), entry.actor(),
				entry.action(), entry.summary(), entry.subject().type(), entry.subject().id(),
				blankToNull(entry.before()), blankToNull(entry.after()));
	}

	public boolean hasChange() {
		return before != null || after != null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
