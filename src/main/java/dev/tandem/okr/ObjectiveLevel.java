package dev.tandem.okr;

/**
 * Where an objective sits in the alignment tree: a company objective has no owning unit,
 * a group objective belongs to a group, a team objective to a team.
 */
public enum ObjectiveLevel {

	COMPANY, GROUP, TEAM

}
