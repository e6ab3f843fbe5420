package dev.tandem.discovery;

/** How an experiment tests an idea. */
public enum ExperimentMethod {

	PROTOTYPE, INTERVIEW_ROUND, FAKE_DOOR, AB_TEST, CONCIERGE, SURVEY, OTHER

}
