package dev.tandem.identity.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.ApiTokens.CreatedToken;
import dev.tandem.identity.ApiTokens.TokenSummary;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The caller's own account: who am I, my password, my API tokens. Open to every signed-in
 * role.
 */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

	private final Accounts accounts;

	private final ApiTokens tokens;

	MeApiController(Accounts accounts, ApiTokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	record Me(UUID id, String email, String displayName, Role role) {

		static Me of(UserSummary user) {
			return new Me(user.id().value(), user.email(), user.displayName(), user.role());
		}
	}

	record PasswordChange(@NotBlank String currentPassword, @NotBlank @Size(max = 200) String newPassword) {
	}

	record NewToken(@NotBlank @Size(max = 100) String name) {
	}

	@GetMapping
	Me me(@SignedIn UserSummary me) {
		return Me.of(me);
	}

	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@SignedIn UserSummary me, @Valid @RequestBody PasswordChange change) {
		accounts.changePassword(me.id(), change.currentPassword(), change.newPassword());
	}

	@GetMapping("/tokens")
	List<TokenSummary> tokens(@SignedIn UserSummary me) {
		return tokens.of(me.id());
	}

	/** The answer carries the secret; it is never shown again. */
	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	CreatedToken createToken(@SignedIn UserSummary me, @Valid @RequestBody NewToken token) {
		return tokens.create(me.id(), token.name());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeToken(@SignedIn UserSummary me, @PathVariable UUID id) {
		tokens.revoke(me.id(), id);
	}

}
