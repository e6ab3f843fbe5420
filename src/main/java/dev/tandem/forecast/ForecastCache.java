package dev.tandem.forecast;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import dev.tandem.delivery.DeliveryHistory;

/**
 * Forecasts last until what they were computed from changes. Each entry keeps the
 * fingerprint of its inputs: the work items' stamp (any item created, changed, moved or
 * deleted changes it), today's date (the window slides and the forecast starts today) and
 * the versions of the forecast and OKR settings. A lookup with another fingerprint
 * computes again. Each application node keeps its own cache; the fingerprint comes from
 * the shared database, so nodes never disagree for long.
 */
@Component
class ForecastCache {

	static final int MAX_ENTRIES = 2_000;

	/** What was asked: a kind of forecast, its subject and its parameters. */
	record Key(String kind, Object subject, Object parameters) {
	}

	/** What the answer was computed from. */
	record Fingerprint(DeliveryHistory.Stamp stamp, LocalDate today, long settingsVersion, long okrSettingsVersion) {
	}

	private record Entry(Fingerprint fingerprint, Object value) {
	}

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	@SuppressWarnings("unchecked")
	<T> T get(Key key, Fingerprint fingerprint, Supplier<T> compute) {
		var entry = entries.get(key);
		if (entry != null && entry.fingerprint().equals(fingerprint)) {
			return (T) entry.value();
		}
		var value = compute.get();
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(key, new Entry(fingerprint, value));
		return value;
	}

	void clear() {
		entries.clear();
	}

}
