package dev.tandem.delivery.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.tandem.delivery.DeliveryAtAGlance;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.shared.web.PagePanel;

/**
 * The roadmap item page's delivery section: the work items serving the item by state, and
 * its features that need several teams.
 */
@Component
class RoadmapItemWorkPanel implements PagePanel {

	/** The most items listed on the panel; the link to the list shows them all. */
	static final int LISTED = 20;

	private final DeliveryAtAGlance glance;

	RoadmapItemWorkPanel(DeliveryAtAGlance glance) {
		this.glance = glance;
	}

	@Override
	public Page page() {
		return Page.ROADMAP_ITEM;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public Optional<Panel> render(UUID subjectId) {
		return Optional.of(new Panel("delivery/panels", "roadmap-item",
				Map.of("work", glance.roadmapItem(new RoadmapItemId(subjectId)), "listed", LISTED)));
	}

}
