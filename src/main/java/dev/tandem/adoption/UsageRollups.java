package dev.tandem.adoption;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.roaringbitmap.RoaringBitmap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the rollups: per (source, event name, UTC day) the users who sent the
 * event, as Roaring bitmaps in their portable serialisation. Readers that keep rollups in
 * memory load them once with {@link #changedSince(long)} from watermark 0 and then poll
 * for rows written after the watermark they have seen, which works across app nodes.
 */
@Component
public class UsageRollups {

	/** The pseudo-event whose rollup holds every user active on the day. */
	public static final String ACTIVE = "$active";

	private final JdbcClient jdbc;

	UsageRollups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The sequence number of the last raw event the rollups include; 0 before any. */
	@Transactional(readOnly = true)
	public long watermark() {
		return jdbc.sql("SELECT watermark FROM usage_rollup_state WHERE id = 1")
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** Every rollup row written after {@code watermark} (all of them for 0). */
	@Transactional(readOnly = true)
	public List<DayRollup> changedSince(long watermark) {
		return jdbc.sql("""
				SELECT source_id, event_name, day_utc, users, events, changed_at FROM usage_rollup
				WHERE changed_at > :watermark ORDER BY changed_at""")
			.param("watermark", watermark)
			.query((rs, n) -> new DayRollup(new EventSourceId(rs.getObject("source_id", UUID.class)),
					rs.getString("event_name"), rs.getObject("day_utc", LocalDate.class), bitmap(rs.getBytes("users")),
					rs.getLong("events"), rs.getLong("changed_at")))
			.list();
	}

	static RoaringBitmap bitmap(byte[] bytes) {
		var bitmap = new RoaringBitmap();
		try {
			bitmap.deserialize(new DataInputStream(new ByteArrayInputStream(bytes)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("unreadable rollup bitmap", e);
		}
		return bitmap;
	}

}
