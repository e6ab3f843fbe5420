package dev.tandem.forecast.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.tandem.forecast.Forecast;

/**
 * A forecast's distribution as the data-* attributes forecast-chart.js reads (the CSP
 * forbids inline scripts): dates and percentages separated by semicolons.
 */
final class ChartData {

	private ChartData() {
	}

	static Map<String, Object> of(Forecast forecast) {
		var model = new HashMap<String, Object>();
		model.put("chartDates",
				forecast.distribution().stream().map(d -> d.date().toString()).collect(Collectors.joining(";")));
		model.put("chartShares",
				forecast.distribution()
					.stream()
					.map(d -> String.format(Locale.ROOT, "%.2f", d.share() * 100))
					.collect(Collectors.joining(";")));
		model.put("chartCumulative",
				forecast.distribution()
					.stream()
					.map(d -> String.format(Locale.ROOT, "%.1f", d.cumulative() * 100))
					.collect(Collectors.joining(";")));
		return model;
	}

}
