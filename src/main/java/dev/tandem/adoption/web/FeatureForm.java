package dev.tandem.adoption.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.tandem.adoption.EventSourceId;
import dev.tandem.adoption.FeatureDetails;
import dev.tandem.adoption.FeatureView;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/**
 * The feature form as typed (text, so the form shows back exactly what was entered):
 * event names one per line or separated by commas.
 */
record FeatureForm(String name, String eventNames, String sourceId, String workItemId, String targetPercent,
		String windowDays, String version) {

	FeatureForm {
		name = name == null ? "" : name;
		eventNames = eventNames == null ? "" : eventNames;
		sourceId = sourceId == null ? "" : sourceId;
		workItemId = workItemId == null ? "" : workItemId;
		targetPercent = targetPercent == null ? "" : targetPercent;
		windowDays = windowDays == null ? "" : windowDays;
		version = version == null ? "" : version;
	}

	static FeatureForm empty() {
		return new FeatureForm("", "", "", "", "30", "60", "");
	}

	static FeatureForm of(FeatureView f) {
		return new FeatureForm(f.name(), String.join("\n", f.eventNames()),
				f.source() == null ? "" : f.source().toString(),
				f.workItem() == null ? "" : f.workItem().id().toString(), f.target(), String.valueOf(f.windowDays()),
				String.valueOf(f.version()));
	}

	FeatureDetails details() {
		var errors = new ArrayList<FieldError>();
		var source = collect(errors, () -> uuid(sourceId, "sourceId"));
		var workItem = collect(errors, () -> uuid(workItemId, "workItemId"));
		var target = collect(errors, () -> decimal(targetPercent, "targetPercent"));
		var window = collect(errors, () -> whole(windowDays, "windowDays"));
		var events = eventNames == null ? List.<String>of() : Arrays.asList(eventNames.split("[,\\n\\r]+"));
		var details = collect(errors,
				() -> new FeatureDetails(name, events, source == null ? null : new EventSourceId(source),
						workItem == null ? null : new WorkItemId(workItem), target, window));
		if (!errors.isEmpty()) {
			// the record's own checks ran with nulls where the text did not parse: keep
			// one
			// error per field, the parsing one first
			var seen = new java.util.HashSet<String>();
			throw new InvalidInputException(errors.stream().filter(e -> seen.add(e.field())).toList());
		}
		return details;
	}

	long expectedVersion() {
		if (version == null || version.isBlank()) {
			throw new InvalidInputException("version", "is required");
		}
		try {
			return Long.parseLong(version.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("version", "is not a number");
		}
	}

	private static UUID uuid(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "is not a valid choice");
		}
	}

	private static BigDecimal decimal(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.').replace("%", "").strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "must be a number");
		}
	}

	private static Integer whole(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "must be a whole number");
		}
	}

	private static <T> T collect(List<FieldError> errors, Supplier<T> conversion) {
		try {
			return conversion.get();
		}
		catch (InvalidInputException e) {
			errors.addAll(e.errors());
			return null;
		}
	}

}
