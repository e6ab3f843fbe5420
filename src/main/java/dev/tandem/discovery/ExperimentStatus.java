package dev.tandem.discovery;

/** Where an experiment stands. */
public enum ExperimentStatus {

	PLANNED, RUNNING, CONCLUDED

}
