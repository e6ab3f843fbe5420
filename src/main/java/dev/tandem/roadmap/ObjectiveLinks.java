package dev.tandem.roadmap;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.tandem.okr.ObjectiveId;

/**
 * Reads what roadmap shows of objectives. Until okr's directory is available, links are
 * kept as ids only and are not checked.
 */
@Component
class ObjectiveLinks {

	static final Comparator<ObjectiveLink> ORDER = Comparator
		.comparing((ObjectiveLink l) -> l.quarter() == null ? "~" : l.quarter().label())
		.thenComparing(l -> l.title() == null ? "\uffff" : l.title())
		.thenComparing(l -> l.id().value());

	/** A link for each id, with title and quarter when the objective exists. */
	Map<ObjectiveId, ObjectiveLink> resolve(Collection<ObjectiveId> ids) {
		return ids.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), id -> new ObjectiveLink(id, null, null)));
	}

	/** The ids among the given ones that name no objective. */
	Set<ObjectiveId> unknown(Collection<ObjectiveId> ids) {
		return Set.of();
	}

	/** Objectives to offer when linking: the current quarter's and the given ones. */
	List<ObjectiveLink> choices(Collection<ObjectiveId> alreadyLinked) {
		return ordered(resolve(alreadyLinked).values());
	}

	static List<ObjectiveLink> ordered(Collection<ObjectiveLink> links) {
		return links.stream().sorted(ORDER).toList();
	}

}
