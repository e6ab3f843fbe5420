package dev.tandem.org;

/**
 * Team topologies. {@link #COMPONENT} teams are organised by technical stack, which
 * Tandem flags as a warning.
 */
public enum TeamKind {

	/** A cross-functional feature team that owns a product area end to end. */
	STREAM_ALIGNED, PLATFORM, ENABLING,
	/** Organised by technical stack: a feature needs several teams. */
	COMPONENT

}
