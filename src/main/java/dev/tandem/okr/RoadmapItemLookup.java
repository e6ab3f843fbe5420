package dev.tandem.okr;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What okr needs to know about roadmap items, which live downstream in the roadmap
 * module: a commitment may point at one. The roadmap module implements this interface, so
 * okr never depends on roadmap.
 */
public interface RoadmapItemLookup {

	/** Titles of the given items that exist; unknown ids are absent from the map. */
	Map<UUID, String> titles(Collection<UUID> itemIds);

	/**
	 * The items a team owns, alone or with others, as id → title in roadmap order, to
	 * offer in forms.
	 */
	Map<UUID, String> ownedBy(dev.tandem.org.TeamId team);

}
