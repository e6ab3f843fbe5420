package dev.tandem.roadmap;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.tandem.okr.ObjectiveDirectory;
import dev.tandem.okr.ObjectiveId;

/**
 * What roadmap shows of objectives, read through okr's {@link ObjectiveDirectory}: titles
 * and quarters for links, existence checks, and the objectives to offer when linking.
 */
@Component
class ObjectiveLinks {

	static final Comparator<ObjectiveLink> ORDER = Comparator
		.comparing((ObjectiveLink l) -> l.quarter() == null ? "~" : l.quarter().label())
		.thenComparing(l -> l.title() == null ? "\uffff" : l.title().toLowerCase(Locale.ROOT))
		.thenComparing(l -> l.id().value());

	private final ObjectiveDirectory directory;

	ObjectiveLinks(ObjectiveDirectory directory) {
		this.directory = directory;
	}

	/**
	 * A link for each id, with title and quarter when the objective exists (an objective
	 * deleted since keeps its id).
	 */
	Map<ObjectiveId, ObjectiveLink> resolve(Collection<ObjectiveId> ids) {
		var found = directory.find(Set.copyOf(ids));
		var links = new LinkedHashMap<ObjectiveId, ObjectiveLink>();
		for (var id : ids) {
			var summary = found.get(id);
			links.put(id, summary == null ? new ObjectiveLink(id, null, null)
					: new ObjectiveLink(id, summary.title(), summary.quarter()));
		}
		return links;
	}

	/** The ids among the given ones that name no objective. */
	Set<ObjectiveId> unknown(Collection<ObjectiveId> ids) {
		var found = directory.find(Set.copyOf(ids)).keySet();
		return ids.stream().filter(id -> !found.contains(id)).collect(Collectors.toSet());
	}

	/**
	 * Objectives to offer when linking: the current quarter's, and the given ones
	 * (already linked, or chosen in a form being shown again).
	 */
	List<ObjectiveLink> choices(Collection<ObjectiveId> alreadyLinked) {
		var offered = new LinkedHashMap<ObjectiveId, ObjectiveLink>();
		directory.inQuarter(directory.currentQuarter())
			.forEach(s -> offered.put(s.id(), new ObjectiveLink(s.id(), s.title(), s.quarter())));
		var missing = new HashSet<>(alreadyLinked);
		missing.removeAll(offered.keySet());
		offered.putAll(resolve(missing));
		return ordered(offered.values());
	}

	static List<ObjectiveLink> ordered(Collection<ObjectiveLink> links) {
		return links.stream().sorted(ORDER).toList();
	}

}
