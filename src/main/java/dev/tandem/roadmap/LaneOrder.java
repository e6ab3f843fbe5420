package dev.tandem.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tandem.shared.InvalidInputException;

/**
 * The order of the items in one lane, as positions 1, 2, 3… with no gaps. Placing an item
 * at a position pushes the items from there down by one; a position past the end means
 * the end; removing an item closes its gap. Every change is written back for the whole
 * lane, so positions stay dense and deterministic.
 */
final class LaneOrder {

	private final List<UUID> items;

	LaneOrder(List<UUID> itemsInOrder) {
		this.items = new ArrayList<>(itemsInOrder);
	}

	/**
	 * Puts the item at {@code position} (1 = top); null or past the end puts it last.
	 * Returns the position it got.
	 */
	int place(UUID item, Integer position) {
		if (position != null && position < 1) {
			throw new InvalidInputException("position", "must be 1 or more");
		}
		items.remove(item);
		var index = position == null ? items.size() : Math.min(position - 1, items.size());
		items.add(index, item);
		return index + 1;
	}

	void remove(UUID item) {
		items.remove(item);
	}

	/** The item's position, 1 for the top; 0 when it is not in this lane. */
	int positionOf(UUID item) {
		return items.indexOf(item) + 1;
	}

	int size() {
		return items.size();
	}

	/** Every item with its position, top first. */
	Map<UUID, Integer> positions() {
		var positions = new LinkedHashMap<UUID, Integer>();
		for (int i = 0; i < items.size(); i++) {
			positions.put(items.get(i), i + 1);
		}
		return positions;
	}

}
