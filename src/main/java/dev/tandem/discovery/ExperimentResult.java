package dev.tandem.discovery;

/** What a concluded experiment showed. */
public enum ExperimentResult {

	VALIDATED, INVALIDATED, INCONCLUSIVE

}
