package dev.tandem.delivery.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.tandem.delivery.DeliveryAtAGlance;
import dev.tandem.org.TeamId;
import dev.tandem.shared.web.PagePanel;

/**
 * The team page's delivery section: links to the board and the throughput page, work in
 * progress, recent throughput, cross-team features, debt against budget and estimates
 * made without QA.
 */
@Component
class TeamDeliveryPanel implements PagePanel {

	private final DeliveryAtAGlance glance;

	TeamDeliveryPanel(DeliveryAtAGlance glance) {
		this.glance = glance;
	}

	@Override
	public Page page() {
		return Page.TEAM;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public Optional<Panel> render(UUID subjectId) {
		return Optional
			.of(new Panel("delivery/panels", "team", Map.of("delivery", glance.team(new TeamId(subjectId)))));
	}

}
