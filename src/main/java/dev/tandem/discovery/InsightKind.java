package dev.tandem.discovery;

/**
 * Where a piece of evidence comes from. Labels live in the bundle as
 * {@code insight.kind.<NAME>}.
 */
public enum InsightKind {

	INTERVIEW, FEEDBACK, SUPPORT_TICKET, SALES_CALL, SURVEY, DATA_ANALYSIS

}
