package dev.tandem.okr;

import org.springframework.security.core.context.SecurityContextHolder;

import dev.tandem.identity.Role;
import dev.tandem.shared.ForbiddenException;

/** Who is calling, for the few OKR actions that only administrators may take. */
final class Callers {

	private Callers() {
	}

	static boolean isAdmin() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null
				&& auth.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
	}

	static void requireAdmin(String what) {
		if (!isAdmin()) {
			throw new ForbiddenException("Only an administrator may " + what);
		}
	}

}
