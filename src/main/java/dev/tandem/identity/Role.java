package dev.tandem.identity;

/** What a user may do. Each role includes the rights of the ones below it. */
public enum Role {

	/** Reads everything, changes nothing. */
	VIEWER,
	/** Creates and edits content. */
	MEMBER,
	/** Everything, including users and settings. */
	ADMIN;

	/** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
