package dev.tandem.forecast.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.tandem.forecast.Forecasting;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapQueries;
import dev.tandem.shared.web.PagePanel;

/**
 * The forecast on a roadmap item in Now or Next: "85 % by <date>" with 50 and 95 %, and
 * the distribution as a small chart. Later and Vision carry no forecast: they say how
 * soon, not when.
 */
@Component
class RoadmapItemForecastPanel implements PagePanel {

	private final Forecasting forecasting;

	private final RoadmapQueries roadmap;

	RoadmapItemForecastPanel(Forecasting forecasting, RoadmapQueries roadmap) {
		this.forecasting = forecasting;
		this.roadmap = roadmap;
	}

	@Override
	public Page page() {
		return Page.ROADMAP_ITEM;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Optional<Panel> render(UUID subjectId) {
		var id = new RoadmapItemId(subjectId);
		var item = roadmap.find(id);
		if (item.isEmpty() || !EnumSet.of(Lane.NOW, Lane.NEXT).contains(item.get().lane())) {
			return Optional.empty();
		}
		var forecast = forecasting.roadmapItem(id);
		var model = ChartData.of(forecast.forecast());
		model.put("forecast", forecast.forecast());
		return Optional.of(new Panel("forecast/panels", "roadmap-item", model));
	}

}
