package dev.tandem.forecast;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.tandem.roadmap.RoadmapItemForecasts;
import dev.tandem.roadmap.RoadmapItemId;

/**
 * Answers the roadmap board's port with each card's 85 % date, from the same (cached)
 * forecasts as the roadmap item pages.
 */
@Component
class RoadmapBoardForecasts implements RoadmapItemForecasts {

	private final Forecasting forecasting;

	RoadmapBoardForecasts(Forecasting forecasting) {
		this.forecasting = forecasting;
	}

	@Override
	public Map<RoadmapItemId, LocalDate> likely85(Collection<RoadmapItemId> items) {
		var dates = new LinkedHashMap<RoadmapItemId, LocalDate>();
		for (var item : items) {
			var forecast = forecasting.roadmapItem(item).forecast();
			if (forecast.hasDates() && forecast.dateAt(85) != null) {
				dates.put(item, forecast.dateAt(85));
			}
		}
		return dates;
	}

}
