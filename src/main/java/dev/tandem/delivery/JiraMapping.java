package dev.tandem.delivery;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How Jira's issue types and statuses become kinds and workflow states. What the user
 * chose wins; other names fall back to the defaults (Epic → FEATURE, Story → STORY, Bug →
 * BUG, Task and Sub-task → CHORE, Technical debt → DEBT; To Do, Open and Backlog →
 * BACKLOG, Selected for Development and Ready → READY, In Progress → IN_PROGRESS, In
 * Review and Code Review → IN_REVIEW, Done, Closed and Resolved → DONE, Released →
 * RELEASED). Names match ignoring case and surrounding spaces.
 */
public record JiraMapping(Map<String, WorkItemKind> kinds, Map<String, WorkflowState> states) {

	private static final Map<String, WorkItemKind> DEFAULT_KINDS = Map.of("epic", WorkItemKind.FEATURE, "story",
			WorkItemKind.STORY, "bug", WorkItemKind.BUG, "task", WorkItemKind.CHORE, "sub-task", WorkItemKind.CHORE,
			"subtask", WorkItemKind.CHORE, "technical debt", WorkItemKind.DEBT, "tech debt", WorkItemKind.DEBT);

	private static final Map<String, WorkflowState> DEFAULT_STATES = Map.ofEntries(
			Map.entry("to do", WorkflowState.BACKLOG), Map.entry("open", WorkflowState.BACKLOG),
			Map.entry("backlog", WorkflowState.BACKLOG), Map.entry("selected for development", WorkflowState.READY),
			Map.entry("ready", WorkflowState.READY), Map.entry("in progress", WorkflowState.IN_PROGRESS),
			Map.entry("in review", WorkflowState.IN_REVIEW), Map.entry("code review", WorkflowState.IN_REVIEW),
			Map.entry("done", WorkflowState.DONE), Map.entry("closed", WorkflowState.DONE),
			Map.entry("resolved", WorkflowState.DONE), Map.entry("released", WorkflowState.RELEASED));

	public JiraMapping {
		kinds = normalised(kinds);
		states = normalised(states);
	}

	/** Only the defaults. */
	public static JiraMapping defaults() {
		return new JiraMapping(Map.of(), Map.of());
	}

	/** The kind for a Jira issue type, or null when nothing maps it. */
	public WorkItemKind kindOf(String issueType) {
		var name = key(issueType);
		return kinds.containsKey(name) ? kinds.get(name) : DEFAULT_KINDS.get(name);
	}

	/** The workflow state for a Jira status, or null when nothing maps it. */
	public WorkflowState stateOf(String status) {
		var name = key(status);
		return states.containsKey(name) ? states.get(name) : DEFAULT_STATES.get(name);
	}

	private static <V> Map<String, V> normalised(Map<String, V> chosen) {
		var result = new LinkedHashMap<String, V>();
		if (chosen != null) {
			chosen.forEach((name, value) -> {
				if (name != null && value != null) {
					result.put(key(name), value);
				}
			});
		}
		return Map.copyOf(result);
	}

	private static String key(String name) {
		return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
	}

}
