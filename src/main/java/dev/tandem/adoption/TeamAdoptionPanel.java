package dev.tandem.adoption;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.tandem.org.TeamId;
import dev.tandem.shared.web.PagePanel;

/**
 * "Done means used" on the team page: the features tracking the team's work items, each
 * with where it stands against its adoption target, shipped-but-not-adopted ones called
 * out.
 */
@Component
class TeamAdoptionPanel implements PagePanel {

	private final AdoptionQueries queries;

	TeamAdoptionPanel(AdoptionQueries queries) {
		this.queries = queries;
	}

	@Override
	public Page page() {
		return Page.TEAM;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Optional<Panel> render(UUID subjectId) {
		var features = queries.ofTeam(new TeamId(subjectId));
		if (features.isEmpty()) {
			return Optional.empty();
		}
		var notAdopted = features.stream()
			.filter(f -> f.progress().status() == AdoptionStatus.SHIPPED_NOT_ADOPTED)
			.toList();
		return Optional
			.of(new Panel("adoption/panels", "team-features", Map.of("features", features, "notAdopted", notAdopted)));
	}

}
