package dev.tandem.roadmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The port through which the board shows "85 % by <date>" on the cards in Now and Next:
 * implemented downstream (by the forecast module), optional — without it the board shows
 * no dates.
 */
public interface RoadmapItemForecasts {

	/**
	 * The date by which each item's open work is done with 85 % likelihood; items without
	 * a forecast (no work, not enough history) are left out.
	 */
	Map<RoadmapItemId, LocalDate> likely85(Collection<RoadmapItemId> items);

}
