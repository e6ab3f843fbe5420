package dev.tandem.org;

/**
 * The roles a person can hold, several at once. Labels live in the message bundle as
 * {@code hat.<NAME>}.
 */
public enum HatKind {

	CEO, CTO, CPO, VP_ENGINEERING,
	/**
	 * Head of Product, also called Product Director: the product half of a group's duo.
	 */
	HEAD_OF_PRODUCT, HEAD_OF_UX, ENGINEERING_MANAGER, PRODUCT_MANAGER, LEAD_DEVELOPER, DEVELOPER, QA, DATA, DESIGNER

}
