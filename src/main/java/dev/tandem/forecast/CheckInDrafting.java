package dev.tandem.forecast;

import java.time.YearMonth;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dev.tandem.okr.CheckInDraft;
import dev.tandem.okr.CheckInDrafts;
import dev.tandem.okr.Confidence;
import dev.tandem.okr.KeyResultSource;
import dev.tandem.okr.KeyResultView;
import dev.tandem.okr.OkrSettings;

/**
 * Drafts check-ins for okr ({@link CheckInDrafts}) from what okr already holds and from
 * forecasts. The value is the key result's current value when a module measures it
 * (adoption and delivery record it in okr, so this class needs neither); a manual key
 * result gets none. The confidence follows {@link ConfidenceRule}: from the forecast of
 * the remaining linked work by the quarter's end for a delivery-bound key result (from
 * progress when it cannot be forecast: no linked work, not enough history), from progress
 * against the quarter elapsed for the others. Rationales: {@code forecast.draft.*}.
 */
@Component
class CheckInDrafting implements CheckInDrafts {

	private final Forecasting forecasting;

	private final OkrSettings okrSettings;

	private final MessageSource messages;

	CheckInDrafting(Forecasting forecasting, OkrSettings okrSettings, MessageSource messages) {
		this.forecasting = forecasting;
		this.okrSettings = okrSettings;
		this.messages = messages;
	}

	@Override
	public CheckInDraft draft(KeyResultView keyResult) {
		var today = okrSettings.today();
		var value = keyResult.measured() ? keyResult.currentValue() : null;
		int progress = keyResult.progressPercent();
		double elapsed = ConfidenceRule.elapsed(keyResult.quarterStart(), keyResult.quarterEnd(), today);
		int expected = (int) Math.round(100 * elapsed);
		String fallback = keyResult.measured() ? "forecast.draft.progress" : "forecast.draft.manual";
		if (KeyResultSource.parse(keyResult.source()) instanceof KeyResultSource.Delivery delivery) {
			var forecast = forecasting.linkedWork(delivery);
			Integer percent = switch (forecast.status()) {
				case NOTHING_LEFT -> 100;
				case FORECAST -> Forecasting.percentWithin(forecast, keyResult.quarterEnd());
				default -> null;
			};
			if (percent != null) {
				var key = forecast.status() == Forecast.Status.NOTHING_LEFT ? "forecast.draft.nothingLeft"
						: "forecast.draft.forecast";
				return new CheckInDraft(keyResult.id(), YearMonth.from(today), value,
						ConfidenceRule.fromProbability(percent), CheckInDraft.Basis.FORECAST, percent, progress,
						expected, message(key, percent, forecast.remaining(), keyResult.quarterEnd()));
			}
			fallback = forecast.status() == Forecast.Status.NOT_ENOUGH_HISTORY ? "forecast.draft.noHistory"
					: "forecast.draft.noWork";
		}
		Confidence confidence = ConfidenceRule.fromProgress(keyResult.progress(), elapsed);
		return new CheckInDraft(keyResult.id(), YearMonth.from(today), value, confidence, CheckInDraft.Basis.PROGRESS,
				null, progress, expected, message(fallback, progress, expected));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
