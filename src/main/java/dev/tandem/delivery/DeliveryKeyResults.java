package dev.tandem.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.tandem.okr.KeyResultMeasurements;
import dev.tandem.okr.KeyResultSource;
import dev.tandem.okr.MeasuredSourceCatalog;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapQueries;
import dev.tandem.shared.InvalidInputException;

/**
 * Key results that take their value from delivery ({@link KeyResultSource.Delivery}):
 * offers every roadmap item and every FEATURE work item to okr's key result forms, and
 * records the share of linked work done ({@link LinkedWork}) through okr's
 * {@link KeyResultMeasurements}.
 * <p>
 * When: a cheap poll (every {@code tandem.delivery.key-result-refresh}, 5 s by default)
 * compares the work items' {@link DeliveryHistory.Stamp} (one aggregate query; any item
 * created, changed, moved or deleted changes it) and the list of delivery-bound key
 * results with what it saw last; only when either changed does it compute the shares,
 * from one read of the work items, and record those that differ. Polling rather than
 * listening to the workflow keeps the workflow's code and transactions untouched, works
 * for moves made on another node and for imports, and picks up newly bound key results.
 */
@Component
class DeliveryKeyResults implements MeasuredSourceCatalog {

	private static final Logger log = LoggerFactory.getLogger(DeliveryKeyResults.class);

	private final LinkedWork linkedWork;

	private final DeliveryHistory history;

	private final DeliveryReadModel reads;

	private final RoadmapQueries roadmap;

	private final KeyResultMeasurements measurements;

	private final MessageSource messages;

	private Object lastSeen;

	DeliveryKeyResults(LinkedWork linkedWork, DeliveryHistory history, DeliveryReadModel reads, RoadmapQueries roadmap,
			KeyResultMeasurements measurements, MessageSource messages) {
		this.linkedWork = linkedWork;
		this.history = history;
		this.reads = reads;
		this.roadmap = roadmap;
		this.measurements = measurements;
		this.messages = messages;
	}

	@Override
	public List<Choice> choices() {
		var locale = LocaleContextHolder.getLocale();
		var choices = new ArrayList<Choice>();
		roadmap.inLanes(EnumSet.allOf(Lane.class))
			.stream()
			.sorted(Comparator.comparing(i -> i.title(), String.CASE_INSENSITIVE_ORDER))
			.forEach(i -> choices.add(new Choice(
					new KeyResultSource.Delivery(KeyResultSource.Delivery.Link.ROADMAP_ITEM, i.id().value()).id(),
					messages.getMessage("delivery.kr.roadmapItem", new Object[] { i.title() },
							"Work done — " + i.title(), locale))));
		reads.shapes()
			.values()
			.stream()
			.filter(s -> s.kind() == WorkItemKind.FEATURE)
			.sorted(Comparator.comparing(DeliveryReadModel.Shape::title, String.CASE_INSENSITIVE_ORDER))
			.forEach(f -> choices
				.add(new Choice(new KeyResultSource.Delivery(KeyResultSource.Delivery.Link.FEATURE, f.id()).id(),
						messages.getMessage("delivery.kr.feature", new Object[] { f.title() },
								"Work done — " + f.title(), locale))));
		return choices;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartup() {
		refresh();
	}

	@Scheduled(fixedDelayString = "${tandem.delivery.key-result-refresh:PT5S}",
			initialDelayString = "${tandem.delivery.key-result-refresh:PT5S}")
	void poll() {
		refresh();
	}

	/**
	 * Records the shares when the work items or the delivery-bound key results changed
	 * since the last call.
	 * @return how many key results were recorded
	 */
	synchronized int refresh() {
		var keyResults = measurements.measuredBy(KeyResultSource.Delivery.KIND);
		var seen = List.of(history.stamp(),
				keyResults.stream().map(k -> k.id() + "=" + k.config() + "@" + k.currentValue()).toList());
		if (Objects.equals(seen, lastSeen)) {
			return 0;
		}
		int recorded = update(keyResults);
		lastSeen = seen;
		return recorded;
	}

	private int update(List<KeyResultMeasurements.MeasuredKeyResult> keyResults) {
		if (keyResults.isEmpty()) {
			return 0;
		}
		var sources = new ArrayList<KeyResultSource.Delivery>();
		for (var k : keyResults) {
			sources.add(source(k));
		}
		var shares = linkedWork.percentDone(sources);
		int recorded = 0;
		for (int i = 0; i < keyResults.size(); i++) {
			var keyResult = keyResults.get(i);
			BigDecimal value = shares.get(sources.get(i));
			if (value == null || value.compareTo(keyResult.currentValue()) == 0) {
				continue;
			}
			try {
				measurements.record(keyResult.id(), KeyResultSource.Delivery.KIND, value);
				recorded++;
			}
			catch (InvalidInputException e) {
				// A value the key result's measure refuses (e.g. a target of 10 items):
				// keep the others going and say why this one did not move.
				log.warn("Key result {} not updated from delivery: {}", keyResult.id(), e.getMessage());
			}
		}
		return recorded;
	}

	private static KeyResultSource.Delivery source(KeyResultMeasurements.MeasuredKeyResult keyResult) {
		return (KeyResultSource.Delivery) KeyResultSource.of(KeyResultSource.Delivery.KIND, keyResult.config());
	}

}
