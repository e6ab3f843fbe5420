package dev.tandem.adoption;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link AdoptionIndex} up to date by polling the rollup watermark (one
 * single-row query when nothing changed, so every app node can poll) and then updates the
 * key results bound to adoption metrics. At startup it loads the index and updates those
 * key results once; hourly too, so values follow the days going by and key results bound
 * since the last change get their first value.
 */
@Component
public class AdoptionRefresher {

	private final AdoptionIndex index;

	private final AdoptionKeyResults keyResults;

	AdoptionRefresher(AdoptionIndex index, AdoptionKeyResults keyResults) {
		this.index = index;
		this.keyResults = keyResults;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartup() {
		index.refresh();
		updateKeyResults();
	}

	@Scheduled(fixedDelayString = "${tandem.adoption.refresh-interval:PT5S}",
			initialDelayString = "${tandem.adoption.refresh-interval:PT5S}")
	void poll() {
		advance();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
	synchronized void updateKeyResults() {
		keyResults.update();
	}

	/**
	 * Loads what the rollups gained and updates the key results bound to adoption whether
	 * or not the index advanced (after a bulk load such as the demo's, once the rollups
	 * caught up).
	 */
	public synchronized void refreshNow() {
		index.refresh();
		keyResults.update();
	}

	/**
	 * Loads what the rollups gained and, when they did, updates the key results.
	 * @return whether the index advanced
	 */
	synchronized boolean advance() {
		var advanced = index.refresh();
		if (advanced) {
			keyResults.update();
		}
		return advanced;
	}

}
