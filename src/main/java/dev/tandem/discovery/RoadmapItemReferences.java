package dev.tandem.discovery;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What discovery needs to know about roadmap items, which live downstream: an idea may
 * name one. The roadmap module implements this interface, so discovery never depends on
 * roadmap.
 */
public interface RoadmapItemReferences {

	/** Titles of the given items that exist; unknown ids are absent from the map. */
	Map<UUID, String> titles(Collection<UUID> itemIds);

	/** Every roadmap item's title, to choose the item an idea became. */
	Map<UUID, String> allTitles();

}
