package dev.tandem.okr.web;

import org.springframework.security.core.Authentication;

import dev.tandem.identity.Role;
import dev.tandem.okr.Commitments;

/** Turns Spring Security's authentication into the actor that commitments need. */
final class Actors {

	private Actors() {
	}

	static Commitments.Actor of(Authentication authentication) {
		var role = authentication.getAuthorities()
			.stream()
			.map(a -> a.getAuthority())
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> Role.valueOf(a.substring("ROLE_".length())))
			.max(Enum::compareTo)
			.orElse(Role.VIEWER);
		return new Commitments.Actor(authentication.getName(), role);
	}

}
