package dev.tandem.forecast.web;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.forecast.CommitmentRisk;
import dev.tandem.forecast.ForecastSettings;
import dev.tandem.forecast.Forecasting;
import dev.tandem.forecast.HowManyForecast;
import dev.tandem.forecast.RoadmapItemForecast;
import dev.tandem.forecast.TeamForecast;
import dev.tandem.org.TeamId;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.shared.Quarter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Forecasts over HTTP: likelihoods from each team's real throughput, never promised
 * dates.
 */
@RestController
@RequestMapping("/api/v1/forecasts")
@Tag(name = "Forecasts",
		description = "Monte Carlo forecasts from each team's daily throughput: dates at 50/85/95 % likelihood")
class ForecastApiController {

	private final Forecasting forecasting;

	private final ForecastSettings settings;

	ForecastApiController(Forecasting forecasting, ForecastSettings settings) {
		this.forecasting = forecasting;
		this.settings = settings;
	}

	@GetMapping("/roadmap-items/{id}")
	@Operation(summary = "When a roadmap item's open work items are likely done, each team's part "
			+ "with its own throughput, with the distribution of completion dates")
	RoadmapItemForecast roadmapItem(@PathVariable RoadmapItemId id) {
		return forecasting.roadmapItem(id);
	}

	@GetMapping("/teams/{id}")
	@Operation(summary = "When a team's next open items are likely done (started ones first)")
	TeamForecast team(@PathVariable TeamId id, @Parameter(
			description = "how many of the team's next items (the settings' number when left out)") @RequestParam(
					required = false) Integer items) {
		return forecasting.team(id, items);
	}

	@GetMapping("/teams/{id}/how-many")
	@Operation(summary = "How many items a team finishes from today to a date, at 50/85/95 % likelihood")
	HowManyForecast howMany(@PathVariable TeamId id, @Parameter(description = "the last day counted, today or later",
			example = "2026-12-31") @RequestParam(required = false) LocalDate by) {
		return forecasting.howMany(id, by);
	}

	@GetMapping("/teams/{id}/commitment-risk")
	@Operation(summary = "How likely a team's quarterly commitments are to finish by the quarter's last day")
	CommitmentRisk commitmentRisk(@PathVariable TeamId id, @Parameter(description = "the current quarter when left out",
			example = "2026-Q4") @RequestParam(required = false) Quarter quarter) {
		return forecasting.commitmentRisk(id, quarter);
	}

	@GetMapping("/settings")
	@Operation(summary = "The forecast settings: window, trials, team items, scope range and split factor")
	ForecastSettings.Settings settings() {
		return settings.get();
	}

	@PutMapping("/settings")
	@Operation(summary = "Administrators: change the forecast settings (every field, with the version read)")
	ForecastSettings.Settings updateSettings(@RequestBody ForecastSettings.Change change) {
		return settings.update(change);
	}

}
