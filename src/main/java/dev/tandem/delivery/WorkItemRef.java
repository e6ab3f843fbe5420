package dev.tandem.delivery;

import dev.tandem.org.TeamRef;

/** A work item named in another's page: a parent, a child, a dependency. */
public record WorkItemRef(WorkItemId id, WorkItemKind kind, String title, WorkflowState state, TeamRef team) {
}
