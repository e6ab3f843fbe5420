package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.tandem.support.OnH2;

/**
 * TANDEM_ADMIN_EMAIL and TANDEM_ADMIN_PASSWORD create the first administrator, and no
 * setup link is offered.
 */
@SpringBootTest(properties = { "tandem.admin.email=ops@tandem.example", "tandem.admin.password=unattended-secret" })
@OnH2
class UnattendedAdminTests {

	@Autowired
	Accounts accounts;

	@Autowired
	FirstRunSetup setup;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder encoder;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService signIn;

	@Test
	void createsTheAdministratorFromTheEnvironment() {
		assertThat(accounts.findByEmail("ops@tandem.example"))
			.hasValueSatisfying(admin -> assertThat(admin.role()).isEqualTo(Role.ADMIN));
		assertThat(encoder.matches("unattended-secret", signIn.loadUserByUsername("ops@tandem.example").getPassword()))
			.isTrue();
		assertThat(setup.currentToken()).isNull();
	}

}
