package dev.tandem.roadmap;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.okr.RoadmapItemLookup;

/**
 * Lets okr's commitments name the roadmap items they point at, without okr depending on
 * roadmap.
 */
@Component
class RoadmapItemTitles implements RoadmapItemLookup {

	private final RoadmapReadModel reads;

	private final RoadmapQueries queries;

	RoadmapItemTitles(RoadmapReadModel reads, RoadmapQueries queries) {
		this.reads = reads;
		this.queries = queries;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> ownedBy(dev.tandem.org.TeamId team) {
		var owned = new java.util.LinkedHashMap<UUID, String>();
		queries.byTeam(team).forEach(item -> owned.put(item.id().value(), item.title()));
		return owned;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> titles(Collection<UUID> itemIds) {
		return Map.copyOf(reads.titles(itemIds));
	}

}
