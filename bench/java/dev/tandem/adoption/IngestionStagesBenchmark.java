package dev.tandem.adoption;

import java.time.Instant;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.tandem.bench.IngestionBenchmark;

/**
 * CPU per 500-event batch of each ingestion stage on one core, without HTTP or the
 * database: parsing the Segment batch, encoding the raw row, and the rollup worker's
 * decoding (with dedupe, identity and bitmaps).
 *
 * <pre>
 * ./mvnw -q -Pbench -DskipTests test-compile exec:exec -Dbench.args="IngestionStagesBenchmark"
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IngestionStagesBenchmark {

	byte[] body;

	EventPayloads.Parsed parsed;

	byte[] payload;

	@Setup
	public void setUp() {
		body = new IngestionBenchmark.Batch(1).next();
		parsed = EventPayloads.parse(IngestionCall.BATCH, body, Instant.now());
		payload = RawBatch.encode(parsed.accepted(), parsed.shared());
		System.out.printf("%nbody %d bytes, raw row %d bytes%n", body.length, payload.length);
	}

	@Benchmark
	public Object parse() {
		return EventPayloads.parse(IngestionCall.BATCH, body, Instant.now());
	}

	@Benchmark
	public Object encode() {
		return RawBatch.encode(parsed.accepted(), parsed.shared());
	}

	@Benchmark
	public Object visit() {
		var count = new int[1];
		RawBatch.visit(payload, (kind, messageId, userId, anonymousId, previousId, name, timestamp) -> count[0]++);
		return count;
	}

	@Benchmark
	public Object writeKey() {
		return EventPayloads.writeKey(body);
	}

	@Benchmark
	public Object sha256() {
		return EventSources.sha256("tdw_abcdefghijabcdefghijabcdefghij");
	}

	@Benchmark
	public Object hashes() {
		var source = java.util.UUID.randomUUID();
		long h = 0;
		for (var event : parsed.accepted()) {
			h ^= MessageIdWindow.hash(source, event.messageId());
		}
		return h;
	}

	static List<RawEvent> events(EventPayloads.Parsed parsed) {
		return parsed.accepted();
	}

}
