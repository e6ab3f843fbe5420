package dev.tandem.adoption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roaringbitmap.RoaringBitmap;

/**
 * External ids (user ids, anonymous ids, PostHog distinct ids: one namespace) to dense
 * int ids, resolved by the rollup worker in sequence order. Linking an anonymous id to a
 * user id gives a new id the dense id of the known one; linking two ids that already have
 * different dense ids merges the first person into the second (union-find: the merged id
 * points at the one it was merged into, and the rollups are rewritten).
 */
final class IdentityGraph {

	private final Map<String, Integer> ids = new HashMap<>();

	private int[] parent = new int[1024];

	private int next;

	/** New mappings and merges since the last {@link #drain()}, to persist. */
	private final List<Map.Entry<String, Integer>> newIds = new ArrayList<>();

	private final List<int[]> newMerges = new ArrayList<>();

	private final RoaringBitmap mergedAway = new RoaringBitmap();

	record Changes(List<Map.Entry<String, Integer>> ids, List<int[]> merges, RoaringBitmap mergedAway) {
	}

	int size() {
		return ids.size();
	}

	/** Restores a stored mapping. */
	void restore(String externalId, int denseId) {
		ids.put(externalId, denseId);
		ensure(denseId);
		next = Math.max(next, denseId + 1);
	}

	/** Restores a stored merge. */
	void restoreMerge(int merged, int into) {
		ensure(Math.max(merged, into));
		parent[merged] = into;
	}

	private void ensure(int id) {
		if (id >= parent.length) {
			var old = parent.length;
			parent = Arrays.copyOf(parent, Math.max(id + 1, old * 2));
			for (var i = old; i < parent.length; i++) {
				parent[i] = i;
			}
		}
	}

	IdentityGraph() {
		for (var i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
	}

	/** The person's current dense id. */
	int find(int id) {
		var root = id;
		while (parent[root] != root) {
			root = parent[root];
		}
		while (parent[id] != root) {
			var up = parent[id];
			parent[id] = root;
			id = up;
		}
		return root;
	}

	/** The dense id of an external id, given a new one if unknown. */
	int resolve(String externalId) {
		var id = ids.get(externalId);
		if (id == null) {
			id = allocate(externalId);
		}
		return find(id);
	}

	private int allocate(String externalId) {
		var id = next++;
		ensure(id);
		ids.put(externalId, id);
		newIds.add(Map.entry(externalId, id));
		return id;
	}

	private void map(String externalId, int id) {
		ids.put(externalId, id);
		newIds.add(Map.entry(externalId, id));
	}

	/**
	 * Makes {@code from} (an anonymous or previous id) the same person as {@code to} (the
	 * user id). If both were already known as different people, {@code from}'s person is
	 * merged into {@code to}'s.
	 */
	void link(String from, String to) {
		if (from.equals(to)) {
			resolve(to);
			return;
		}
		var fromId = ids.get(from);
		var toId = ids.get(to);
		if (fromId == null && toId == null) {
			map(from, allocate(to));
		}
		else if (fromId == null) {
			map(from, find(toId));
		}
		else if (toId == null) {
			map(to, find(fromId));
		}
		else {
			var a = find(fromId);
			var b = find(toId);
			if (a != b) {
				parent[a] = b;
				mergedAway.add(a);
				newMerges.add(new int[] { a, b });
			}
		}
	}

	boolean merged() {
		return !mergedAway.isEmpty();
	}

	/**
	 * Rewrites a bitmap so every merged-away id is replaced by its person's current id;
	 * true when it changed.
	 */
	boolean rewrite(RoaringBitmap users) {
		if (mergedAway.isEmpty() || !RoaringBitmap.intersects(users, mergedAway)) {
			return false;
		}
		var gone = RoaringBitmap.and(users, mergedAway);
		users.andNot(gone);
		gone.forEach((int id) -> users.add(find(id)));
		return true;
	}

	/** What changed since the last call; the caller persists it. */
	Changes drain() {
		var changes = new Changes(List.copyOf(newIds), List.copyOf(newMerges), mergedAway.clone());
		newIds.clear();
		newMerges.clear();
		mergedAway.clear();
		return changes;
	}

}
