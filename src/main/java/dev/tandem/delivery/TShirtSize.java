package dev.tandem.delivery;

/** A rough size a team maps to points ({@link SizeScale}). */
public enum TShirtSize {

	XS, S, M, L, XL

}
