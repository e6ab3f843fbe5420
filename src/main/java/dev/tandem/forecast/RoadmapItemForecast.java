package dev.tandem.forecast;

import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemId;

/**
 * When a roadmap item's open work items are likely done. Every team's part is forecast
 * with that team's own throughput, and the item is done when the last part is.
 */
public record RoadmapItemForecast(RoadmapItemId id, String title, Lane lane, Forecast forecast) {
}
