package dev.tandem.discovery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * How much evidence there is: the number of insights, how many distinct customers or
 * segments they came from (sources compared without case or surrounding spaces) and the
 * newest observation, null when there is none.
 */
public record EvidenceSummary(int insights, int sources, LocalDate newest) {

	public static final EvidenceSummary NONE = new EvidenceSummary(0, 0, null);

	public static EvidenceSummary of(Collection<InsightView> insights) {
		var distinct = insights.stream().map(InsightView::id).distinct().count();
		var sources = insights.stream()
			.map(InsightView::source)
			.filter(Objects::nonNull)
			.map(s -> s.strip().toLowerCase(Locale.ROOT))
			.distinct()
			.count();
		var newest = insights.stream()
			.map(InsightView::observedOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new EvidenceSummary((int) distinct, (int) sources, newest);
	}

}
