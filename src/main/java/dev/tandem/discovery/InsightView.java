package dev.tandem.discovery;

import java.time.LocalDate;
import java.util.List;

/** An insight as pages and the API show it. */
public record InsightView(InsightId id, String text, InsightKind kind, String source, LocalDate observedOn, String link,
		List<String> tags, long version) {
}
