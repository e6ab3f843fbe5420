package dev.tandem.forecast;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.tandem.okr.CommitmentForecasts;
import dev.tandem.org.TeamId;
import dev.tandem.shared.Quarter;

/** Answers okr's question about commitments with {@link Forecasting#commitmentRisk}. */
@Component
class CommitmentOutlooks implements CommitmentForecasts {

	private final Forecasting forecasting;

	CommitmentOutlooks(Forecasting forecasting) {
		this.forecasting = forecasting;
	}

	@Override
	public Optional<Outlook> outlook(TeamId team, Quarter quarter) {
		var risk = forecasting.commitmentRisk(team, quarter);
		if (risk.commitments() == 0) {
			return Optional.empty();
		}
		return Optional
			.of(new Outlook(risk.percent(), risk.quarterEnd(), risk.status() == Forecast.Status.NOT_ENOUGH_HISTORY,
					risk.commitments(), risk.commitmentsWithoutWork()));
	}

}
