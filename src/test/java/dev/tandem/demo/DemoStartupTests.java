package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.FirstRunSetup;
import dev.tandem.support.OnH2;

/**
 * {@code --demo} on an empty database loads the demo at start-up, and then no setup link
 * is offered.
 */
@SpringBootTest(properties = "tandem.demo=true")
@OnH2
class DemoStartupTests {

	@Autowired
	Accounts accounts;

	@Autowired
	FirstRunSetup setup;

	@Test
	void loadsTheDemoAtStartUpAndClosesSetup() {
		assertThat(accounts.findByEmail("jonas.weber@parcelo.example")).isPresent();
		assertThat(setup.currentToken()).isNull();
	}

}
