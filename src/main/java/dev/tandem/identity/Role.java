package dev.tandem.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.tandem.shared.ForbiddenException;

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

	/** Whether {@code auth} (null when nobody is signed in) is an administrator's. */
	public static boolean isAdmin(Authentication auth) {
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> ADMIN.authority().equals(a.getAuthority()));
	}

	/** Whether the caller of the current request is an administrator. */
	public static boolean callerIsAdmin() {
		return isAdmin(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * Refuses (403) unless the caller of the current request is an administrator: "Only
	 * an administrator may {@code what}".
	 */
	public static void requireAdmin(String what) {
		if (!callerIsAdmin()) {
			throw new ForbiddenException("Only an administrator may " + what);
		}
	}

}
