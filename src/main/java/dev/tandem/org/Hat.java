package dev.tandem.org;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Column;

import dev.tandem.shared.InvalidInputException;

/**
 * One role held by a person from {@code startsOn} up to, not including, {@code endsOn}
 * (open when null). Ending a hat sets its end date; hats are never deleted, so the
 * history stays.
 */
@Table("org_hat")
record Hat(@Column("id") UUID hatId, HatKind kind, LocalDate startsOn, LocalDate endsOn) {

	Hat {
		Objects.requireNonNull(hatId, "hatId");
		if (kind == null) {
			throw new InvalidInputException("kind", "is required");
		}
		if (startsOn == null) {
			throw new InvalidInputException("startsOn", "is required");
		}
		if (endsOn != null && endsOn.isBefore(startsOn)) {
			throw new InvalidInputException("endsOn", "must not be before the start date {0}", startsOn);
		}
	}

	HatId id() {
		return new HatId(hatId);
	}

	boolean activeOn(LocalDate day) {
		return !startsOn.isAfter(day) && (endsOn == null || day.isBefore(endsOn));
	}

	boolean overlaps(Hat other) {
		var thisEndsAfterOtherStarts = endsOn == null || endsOn.isAfter(other.startsOn);
		var otherEndsAfterThisStarts = other.endsOn == null || other.endsOn.isAfter(startsOn);
		return thisEndsAfterOtherStarts && otherEndsAfterThisStarts;
	}

	Hat endingOn(LocalDate day) {
		return new Hat(hatId, kind, startsOn, day);
	}

	HatView view(LocalDate today) {
		return new HatView(id(), kind, startsOn, endsOn, activeOn(today));
	}

	@Override
	public String toString() {
		return kind + " from " + startsOn + (endsOn == null ? "" : " to " + endsOn);
	}
}
