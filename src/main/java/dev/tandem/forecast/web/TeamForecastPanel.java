package dev.tandem.forecast.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.tandem.forecast.Forecasting;
import dev.tandem.org.TeamId;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.web.PagePanel;

/**
 * The forecast on a team's page: when its next items are likely done, and how likely its
 * commitments for the current quarter are to finish by the quarter's end.
 */
@Component
class TeamForecastPanel implements PagePanel {

	private final Forecasting forecasting;

	TeamForecastPanel(Forecasting forecasting) {
		this.forecasting = forecasting;
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
		var team = new TeamId(subjectId);
		try {
			var next = forecasting.team(team, null);
			var model = ChartData.of(next.forecast());
			model.put("team", next);
			model.put("forecast", next.forecast());
			model.put("risk", forecasting.commitmentRisk(team, null));
			return Optional.of(new Panel("forecast/panels", "team", model));
		}
		catch (NotFoundException e) {
			return Optional.empty();
		}
	}

}
