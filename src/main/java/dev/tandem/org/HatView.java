package dev.tandem.org;

import java.time.LocalDate;

/**
 * A hat as the API and pages show it; {@code active} is judged on the day the view was
 * made.
 */
public record HatView(HatId id, HatKind kind, LocalDate startsOn, LocalDate endsOn, boolean active) {
}
