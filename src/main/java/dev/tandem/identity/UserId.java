package dev.tandem.identity;

import java.util.UUID;

public record UserId(UUID value) {

	public UserId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static UserId of(String value) {
		return new UserId(UUID.fromString(value));
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
