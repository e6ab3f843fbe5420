package dev.tandem.okr;

/** How a key result's owner feels about reaching it; pages show green, amber and red. */
public enum ConfidenceLevel {

	ON_TRACK, AT_RISK, OFF_TRACK

}
