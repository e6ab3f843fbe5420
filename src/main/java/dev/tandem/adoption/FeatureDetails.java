package dev.tandem.adoption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import dev.tandem.delivery.WorkItemId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/**
 * What defines a feature for adoption: its name, the event names that mean "used it" (one
 * or more), optionally the one source whose events count (all sources when null) and the
 * delivery work item of kind FEATURE it tracks (its release starts the adoption window),
 * and the target: {@code targetPercent} of active users within {@code windowDays} days of
 * release. Every invalid field is reported at once.
 */
public record FeatureDetails(String name, List<String> eventNames, EventSourceId source, WorkItemId workItemId,
		BigDecimal targetPercent, Integer windowDays) {

	public static final int MAX_NAME = 200;

	public static final int MAX_EVENT_NAME = 200;

	public static final int MAX_EVENTS = 50;

	public static final int MAX_WINDOW_DAYS = 365;

	public FeatureDetails {
		var errors = new ArrayList<FieldError>();
		if (name == null || name.isBlank()) {
			errors.add(new FieldError("name", "is required"));
		}
		else if (name.strip().length() > MAX_NAME) {
			errors.add(FieldError.of("name", "must be at most {0} characters", MAX_NAME));
		}
		var events = new LinkedHashSet<String>();
		if (eventNames != null) {
			for (var event : eventNames) {
				if (event != null && !event.isBlank()) {
					events.add(event.strip());
				}
			}
		}
		if (events.isEmpty()) {
			errors.add(new FieldError("eventNames", "needs at least one event name"));
		}
		else if (events.size() > MAX_EVENTS) {
			errors.add(FieldError.of("eventNames", "at most {0} event names", MAX_EVENTS));
		}
		else if (events.stream().anyMatch(e -> e.length() > MAX_EVENT_NAME)) {
			errors.add(FieldError.of("eventNames", "event names have at most {0} characters", MAX_EVENT_NAME));
		}
		else if (events.contains(UsageRollups.ACTIVE)) {
			errors.add(FieldError.of("eventNames", "{0} is not an event name", UsageRollups.ACTIVE));
		}
		if (targetPercent == null) {
			errors.add(new FieldError("targetPercent", "is required"));
		}
		else if (targetPercent.signum() < 0 || targetPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
			errors.add(new FieldError("targetPercent", "must be between 0 and 100"));
		}
		else if (targetPercent.stripTrailingZeros().scale() > 2) {
			errors.add(new FieldError("targetPercent", "at most two decimals"));
		}
		if (windowDays == null) {
			errors.add(new FieldError("windowDays", "is required"));
		}
		else if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
			errors.add(FieldError.of("windowDays", "must be between 1 and {0}", MAX_WINDOW_DAYS));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		name = name.strip();
		eventNames = List.copyOf(events);
	}

}
