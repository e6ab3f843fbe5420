package dev.tandem.delivery;

import java.time.Instant;
import java.util.List;

import dev.tandem.org.PersonId;

/**
 * How big the team judged an item: points (from a t-shirt size when {@code size} is
 * given), who took part, and whether nobody among them wore a QA hat.
 */
public record Estimate(int points, TShirtSize size, List<PersonId> participants, boolean withoutQa,
		Instant estimatedAt) {

	public static final int MAX_POINTS = 100;

	public Estimate {
		participants = List.copyOf(participants);
	}

}
