package dev.tandem.adoption;

import java.time.LocalDate;

import org.roaringbitmap.RoaringBitmap;

/**
 * Who sent one event from one source on one UTC day, as a bitmap of dense user ids, and
 * how many such events arrived. The pseudo-event {@link UsageRollups#ACTIVE} holds the
 * users active that day (any track, page or screen event).
 *
 * @param changedAt the rollup watermark at which this row was last written; a cache that
 * has seen watermark {@code w} reloads the rows with {@code changedAt > w}
 */
public record DayRollup(EventSourceId source, String eventName, LocalDate day, RoaringBitmap users, long events,
		long changedAt) {

}
