package dev.tandem.roadmap;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.discovery.RoadmapItemReferences;
import dev.tandem.okr.RoadmapItemLookup;

/**
 * Lets okr's commitments and discovery's ideas name the roadmap items they point at,
 * without either depending on roadmap.
 */
@Component
class RoadmapItemTitles implements RoadmapItemLookup, RoadmapItemReferences {

	private final RoadmapReadModel reads;

	private final RoadmapQueries queries;

	private final RoadmapItemRepository items;

	RoadmapItemTitles(RoadmapReadModel reads, RoadmapQueries queries, RoadmapItemRepository items) {
		this.reads = reads;
		this.queries = queries;
		this.items = items;
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

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> allTitles() {
		return items.findAll()
			.stream()
			.collect(java.util.stream.Collectors.toMap(i -> i.id().value(), RoadmapItem::title));
	}

}
