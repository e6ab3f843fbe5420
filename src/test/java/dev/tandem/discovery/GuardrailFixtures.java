package dev.tandem.discovery;

import java.util.Set;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.tandem.org.HatKind;

/**
 * Turns the evidence guardrail on and off as an administrator would. The rule is shared
 * by every test of a database, so a test that turns it on turns it off when it ends.
 */
final class GuardrailFixtures {

	private GuardrailFixtures() {
	}

	static void turnOn(EvidenceGuardrail guardrail, int minimumInsights) {
		asAdmin(() -> guardrail.change(true, minimumInsights, true, Set.of(HatKind.CPO, HatKind.HEAD_OF_UX),
				guardrail.settings().version()));
	}

	static void turnOff(EvidenceGuardrail guardrail) {
		asAdmin(() -> guardrail.change(false, 3, true, Set.of(HatKind.CPO, HatKind.HEAD_OF_UX),
				guardrail.settings().version()));
	}

	private static void asAdmin(Runnable action) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("guardrail-fixture", "n/a", "ROLE_ADMIN"));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
