package dev.tandem.org;

import java.util.List;

/** A page of the timeline, newest first; {@code more} when older changes follow. */
public record OrgChangePage(List<OrgChange> changes, int offset, boolean more) {

	public OrgChangePage {
		changes = List.copyOf(changes);
	}

	public int nextOffset() {
		return offset + changes.size();
	}

}
