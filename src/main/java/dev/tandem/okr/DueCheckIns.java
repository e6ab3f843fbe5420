package dev.tandem.okr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

/**
 * The check-ins due this month, grouped per team (team objectives; others under a null
 * name) and per owner, each group in name order.
 */
public record DueCheckIns(List<Group> byTeam, List<Group> byOwner) {

	/** The key results due for one team or one owner. */
	public record Group(String name, List<CheckInDue> keyResults) {
	}

	static DueCheckIns of(List<CheckInDue> due) {
		return new DueCheckIns(group(due, CheckInDue::teamName), group(due, CheckInDue::ownerName));
	}

	private static List<Group> group(List<CheckInDue> due, Function<CheckInDue, String> name) {
		var groups = new LinkedHashMap<String, List<CheckInDue>>();
		due.stream()
			.sorted(java.util.Comparator.comparing(d -> name.apply(d) == null ? "\uffff" : name.apply(d)))
			.forEach(d -> groups.computeIfAbsent(name.apply(d), k -> new ArrayList<>()).add(d));
		return groups.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	public boolean isEmpty() {
		return byTeam.isEmpty();
	}

}
