package dev.tandem.okr;

/** The unit a team estimates its commitments and capacity in. */
public enum EffortUnit {

	POINTS, PERSON_WEEKS

}
