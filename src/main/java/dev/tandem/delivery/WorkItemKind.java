package dev.tandem.delivery;

/**
 * What a work item is; a FEATURE groups the others. Labels: {@code delivery.kind.<NAME>}.
 */
public enum WorkItemKind {

	FEATURE, STORY, BUG, DEBT, CHORE;

	public String messageKey() {
		return "delivery.kind." + name();
	}

}
