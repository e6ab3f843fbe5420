package dev.tandem.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Invitations.Invitation;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserId;
import dev.tandem.identity.UserSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * User management for administrators (the security chain restricts
 * {@code /api/v1/users/**} to ADMIN).
 */
@RestController
@RequestMapping("/api/v1/users")
class UsersApiController {

	private final Accounts accounts;

	UsersApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	record UserResponse(UUID id, String email, String displayName, Role role, boolean enabled, Instant createdAt,
			long version) {

		static UserResponse of(UserSummary user) {
			return new UserResponse(user.id().value(), user.email(), user.displayName(), user.role(), user.enabled(),
					user.createdAt(), user.version());
		}
	}

	/** Without {@code password} the user gets an invitation link to choose one. */
	record NewUser(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
			@NotNull Role role, @Size(max = 200) String password) {
	}

	record InvitationResponse(String link, Instant expiresAt) {

		static InvitationResponse of(Invitation invitation) {
			return invitation == null ? null : new InvitationResponse(invitation.link(), invitation.expiresAt());
		}
	}

	/**
	 * {@code invitation} is null when the user was given a password; otherwise its link
	 * is shown only here.
	 */
	record CreatedUser(UserResponse user, InvitationResponse invitation) {
	}

	record UserUpdate(@NotBlank @Size(max = 200) String displayName, @NotNull Role role, @NotNull Boolean enabled,
			@NotNull Long version) {
	}

	@GetMapping
	List<UserResponse> all() {
		return accounts.all().stream().map(UserResponse::of).toList();
	}

	@PostMapping
	ResponseEntity<CreatedUser> create(@Valid @RequestBody NewUser user) {
		var created = accounts.add(user.email(), user.displayName(), user.role(), user.password());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.user().id()))
			.body(new CreatedUser(UserResponse.of(created.user()), InvitationResponse.of(created.invitation())));
	}

	@GetMapping("/{id}")
	UserResponse get(@PathVariable UserId id) {
		return UserResponse.of(accounts.get(id));
	}

	@PutMapping("/{id}")
	UserResponse update(@PathVariable UserId id, @Valid @RequestBody UserUpdate update) {
		return UserResponse
			.of(accounts.update(id, update.version(), update.displayName(), update.role(), update.enabled()));
	}

}
