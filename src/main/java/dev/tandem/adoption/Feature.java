package dev.tandem.adoption;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dev.tandem.delivery.WorkItemId;

/**
 * A feature as adoption sees it: the events that mean "used it", where they come from,
 * the delivery work item it tracks and its adoption target. Its details validate
 * themselves ({@link FeatureDetails}); the work item's existence and kind are checked by
 * {@link Features}, which can ask delivery.
 */
@Table("adoption_feature")
class Feature {

	@Id
	private final UUID id;

	private String name;

	private UUID sourceId;

	private UUID workItemId;

	private BigDecimal targetPercent;

	private int windowDays;

	private final Instant createdAt;

	@MappedCollection(idColumn = "feature_id")
	private Set<FeatureEvent> events;

	@Version
	private Long version;

	@PersistenceCreator
	Feature(UUID id, String name, UUID sourceId, UUID workItemId, BigDecimal targetPercent, int windowDays,
			Instant createdAt, Set<FeatureEvent> events, Long version) {
		this.id = id;
		this.name = name;
		this.sourceId = sourceId;
		this.workItemId = workItemId;
		this.targetPercent = targetPercent;
		this.windowDays = windowDays;
		this.createdAt = createdAt;
		this.events = new HashSet<>(events == null ? Set.of() : events);
		this.version = version;
	}

	static Feature define(FeatureDetails details, Instant now) {
		var feature = new Feature(UUID.randomUUID(), null, null, null, null, 0, now, Set.of(), null);
		feature.change(details);
		return feature;
	}

	void change(FeatureDetails details) {
		this.name = details.name();
		this.sourceId = details.source() == null ? null : details.source().value();
		this.workItemId = details.workItemId() == null ? null : details.workItemId().value();
		this.targetPercent = details.targetPercent();
		this.windowDays = details.windowDays();
		this.events = new HashSet<>(details.eventNames().stream().map(FeatureEvent::new).toList());
	}

	FeatureDetails details() {
		return new FeatureDetails(name, eventNames(), sourceId == null ? null : new EventSourceId(sourceId),
				workItemId == null ? null : new WorkItemId(workItemId), targetPercent, windowDays);
	}

	List<String> eventNames() {
		return events.stream().map(FeatureEvent::eventName).sorted(Comparator.naturalOrder()).toList();
	}

	FeatureId id() {
		return new FeatureId(id);
	}

	String name() {
		return name;
	}

	EventSourceId source() {
		return sourceId == null ? null : new EventSourceId(sourceId);
	}

	WorkItemId workItemId() {
		return workItemId == null ? null : new WorkItemId(workItemId);
	}

	BigDecimal targetPercent() {
		return targetPercent;
	}

	int windowDays() {
		return windowDays;
	}

	Instant createdAt() {
		return createdAt;
	}

	long version() {
		return version == null ? 0 : version;
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	String describe() {
		return name + ": events " + String.join(", ", eventNames()) + (sourceId == null ? "" : "; source " + sourceId)
				+ (workItemId == null ? "" : "; tracks " + workItemId) + "; target "
				+ targetPercent.stripTrailingZeros().toPlainString() + " % within " + windowDays + " days";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Feature feature && feature.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

	/** One event name that means "used it". */
	@Table("adoption_feature_event")
	record FeatureEvent(String eventName) {
	}

}
