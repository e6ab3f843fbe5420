package dev.tandem.adoption;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.delivery.ReleaseDates;
import dev.tandem.delivery.WorkItemKind;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/**
 * Defines, changes and removes features (what adoption measures). A tracked work item
 * must exist and be of kind FEATURE; names are unique regardless of case. Every change is
 * audited.
 */
@Service
public class Features {

	private final FeatureRepository features;

	private final ReleaseDates releases;

	private final AuditTrail audit;

	private final Clock clock;

	Features(FeatureRepository features, ReleaseDates releases, AuditTrail audit, Clock clock) {
		this.features = features;
		this.releases = releases;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public FeatureId create(FeatureDetails details) {
		check(details, null);
		var feature = features.save(Feature.define(details, clock.instant()));
		audit.record(subject(feature.id()), "feature.defined", "Defined feature " + feature.name(), null,
				feature.describe());
		return feature.id();
	}

	/** Changes a feature; 409 when someone changed it since {@code expectedVersion}. */
	@Transactional
	public void update(FeatureId id, long expectedVersion, FeatureDetails details) {
		var feature = load(id);
		if (!feature.isVersion(expectedVersion)) {
			throw new StaleVersionException("feature", id, expectedVersion);
		}
		check(details, feature);
		var before = feature.describe();
		feature.change(details);
		features.save(feature);
		audit.record(subject(id), "feature.updated", "Updated feature " + feature.name(), before, feature.describe());
	}

	@Transactional
	public void remove(FeatureId id, long expectedVersion) {
		var feature = load(id);
		if (!feature.isVersion(expectedVersion)) {
			throw new StaleVersionException("feature", id, expectedVersion);
		}
		features.delete(feature);
		audit.record(subject(id), "feature.removed", "Removed feature " + feature.name(), feature.describe(), null);
	}

	private void check(FeatureDetails details, Feature current) {
		var nameTaken = (current == null || !current.name().equalsIgnoreCase(details.name()))
				&& features.existsByNameIgnoreCase(details.name());
		FieldError workItemError = null;
		if (details.workItemId() != null) {
			var item = releases.of(List.of(details.workItemId())).get(details.workItemId());
			if (item == null) {
				workItemError = new FieldError("workItemId", "no work item has this id");
			}
			else if (item.kind() != WorkItemKind.FEATURE) {
				workItemError = new FieldError("workItemId", "is not a feature work item");
			}
		}
		var errors = new java.util.ArrayList<FieldError>();
		if (nameTaken) {
			errors.add(new FieldError("name", "another feature has this name"));
		}
		if (workItemError != null) {
			errors.add(workItemError);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	Feature load(FeatureId id) {
		return features.findById(id.value()).orElseThrow(() -> new NotFoundException("feature", id));
	}

	static Subject subject(FeatureId id) {
		return Subject.of("feature", id);
	}

}
