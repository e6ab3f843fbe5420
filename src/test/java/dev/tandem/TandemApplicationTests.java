package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TandemApplicationTests {

	@Test
	void theDemoFlagIsTheShortFormOfTheProperty() {
		assertThat(TandemApplication.withDemoFlag(new String[] { "--demo", "--server.port=9" }))
			.containsExactly("--tandem.demo=true", "--server.port=9");
	}

}
