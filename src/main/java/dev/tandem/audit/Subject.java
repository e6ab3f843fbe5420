package dev.tandem.audit;

import java.util.Objects;

/** What an audit entry is about, e.g. {@code Subject.of("team", teamId)}. */
public record Subject(String type, String id) {

	public Subject {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
	}

	public static Subject of(String type, Object id) {
		return new Subject(type, String.valueOf(id));
	}
}
