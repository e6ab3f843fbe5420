package dev.tandem.okr;

/**
 * Draft while it is shaped, active during the quarter, closed (and read-only) once
 * scored.
 */
public enum ObjectiveState {

	DRAFT, ACTIVE, CLOSED

}
