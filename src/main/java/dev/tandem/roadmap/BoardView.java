package dev.tandem.roadmap;

import java.util.List;

/**
 * The four lanes, each with its cards top first. A card says where "move up" and "move
 * down" put it, so that on a filtered board an item moves past the neighbour the reader
 * sees rather than past a hidden one.
 */
public record BoardView(BoardFilter filter, List<LaneView> lanes) {

	public int notAlignedCount() {
		return (int) lanes.stream().flatMap(l -> l.cards().stream()).filter(c -> !c.item().aligned()).count();
	}

	public record LaneView(Lane lane, List<Card> cards) {

		public boolean isEmpty() {
			return cards.isEmpty();
		}

		public int size() {
			return cards.size();
		}

	}

	/** One item on the board; a null target means the move is not possible. */
	public record Card(RoadmapItemView item, Integer moveUpTo, Integer moveDownTo) {

		public boolean canMoveUp() {
			return moveUpTo != null;
		}

		public boolean canMoveDown() {
			return moveDownTo != null;
		}

	}

}
