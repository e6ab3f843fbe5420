package dev.tandem.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tandem.*} settings that identity reads. */
@ConfigurationProperties("tandem")
public record IdentityProperties(String baseUrl, Admin admin, Login login) {

	public IdentityProperties {
		if (baseUrl == null || baseUrl.isBlank()) {
			baseUrl = "http://localhost:8080";
		}
		admin = admin == null ? new Admin(null, null) : admin;
		login = login == null ? new Login(5, Duration.ofMinutes(5)) : login;
	}

	/**
	 * Unattended first administrator ({@code TANDEM_ADMIN_EMAIL},
	 * {@code TANDEM_ADMIN_PASSWORD}).
	 */
	public record Admin(String email, String password) {

		boolean configured() {
			return email != null && !email.isBlank() && password != null && !password.isBlank();
		}
	}

	/**
	 * Failed sign-ins allowed before an account and address pair is locked out for
	 * {@code lockout}.
	 */
	public record Login(int maxFailures, Duration lockout) {

		public Login {
			maxFailures = maxFailures <= 0 ? 5 : maxFailures;
			lockout = lockout == null ? Duration.ofMinutes(5) : lockout;
		}
	}
}
