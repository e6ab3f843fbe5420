package dev.tandem.org;

import java.util.List;

/**
 * Every team, grouped by group (teams without a group come last, under a null group),
 * with their warnings.
 */
public record OverviewView(List<Section> sections) {

	public record Section(GroupView group, List<TeamView> teams) {
	}

	public int teamCount() {
		return sections.stream().mapToInt(s -> s.teams().size()).sum();
	}

	public int warningCount() {
		return sections.stream()
			.mapToInt(s -> s.teams().stream().mapToInt(t -> t.warnings().size()).sum()
					+ (s.group() == null ? 0 : s.group().warnings().size()))
			.sum();
	}
}
