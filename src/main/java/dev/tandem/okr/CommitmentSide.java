package dev.tandem.okr;

/**
 * The two halves of a team's duo that must both sign its commitments: product (the
 * product manager) and engineering (the lead developer, or the engineering manager of the
 * team's group).
 */
public enum CommitmentSide {

	PRODUCT, ENGINEERING

}
