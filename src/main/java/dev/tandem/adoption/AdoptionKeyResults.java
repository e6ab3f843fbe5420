package dev.tandem.adoption;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dev.tandem.okr.KeyResultMeasurements;
import dev.tandem.okr.KeyResultSource;
import dev.tandem.okr.MeasuredSourceCatalog;
import dev.tandem.shared.InvalidInputException;

/**
 * Key results that take their value from a feature metric: offers every feature × metric
 * to okr's key result forms, and records the current values through okr's
 * {@link KeyResultMeasurements} when the rollups advance. Values that did not change are
 * not recorded again, so the audit trail shows changes only.
 */
@Component
class AdoptionKeyResults implements MeasuredSourceCatalog {

	private static final Logger log = LoggerFactory.getLogger(AdoptionKeyResults.class);

	private final FeatureRepository features;

	private final AdoptionQueries queries;

	private final KeyResultMeasurements measurements;

	private final MessageSource messages;

	AdoptionKeyResults(FeatureRepository features, AdoptionQueries queries, KeyResultMeasurements measurements,
			MessageSource messages) {
		this.features = features;
		this.queries = queries;
		this.measurements = measurements;
		this.messages = messages;
	}

	@Override
	public List<Choice> choices() {
		var locale = LocaleContextHolder.getLocale();
		var choices = new ArrayList<Choice>();
		features.findAll()
			.stream()
			.sorted(Comparator.comparing(Feature::name, String.CASE_INSENSITIVE_ORDER))
			.forEach(f -> {
				for (var metric : KeyResultMetric.values()) {
					var label = messages.getMessage("adoption.metric.kr." + metric.id(), new Object[] { f.name() },
							metric.id() + " — " + f.name(), locale);
					choices.add(new Choice(new KeyResultSource.Adoption(f.id().value(), metric.id()).id(), label));
				}
			});
		return choices;
	}

	/**
	 * Records the current value of every key result measured by adoption whose value
	 * changed.
	 * @return how many were recorded
	 */
	int update() {
		int recorded = 0;
		for (var keyResult : measurements.measuredBy(KeyResultSource.Adoption.KIND)) {
			try {
				var source = (KeyResultSource.Adoption) KeyResultSource
					.parse(KeyResultSource.Adoption.KIND + ":" + keyResult.config());
				var metric = KeyResultMetric.of(source.metric()).orElse(null);
				var value = metric == null ? null : queries.measure(new FeatureId(source.featureId()), metric);
				if (value != null && value.compareTo(keyResult.currentValue()) != 0) {
					measurements.record(keyResult.id(), KeyResultSource.Adoption.KIND, value);
					recorded++;
				}
			}
			catch (InvalidInputException e) {
				// A value the key result's measure refuses (e.g. a yes/no key result):
				// keep
				// the others going and say why this one did not move.
				log.warn("Key result {} not updated from adoption: {}", keyResult.id(), e.getMessage());
			}
		}
		return recorded;
	}

}
