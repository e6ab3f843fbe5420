package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

class ApiTokensTests {

	@Test
	void secretsStartWithThePrefixAndCarry256RandomBits() {
		var secret = ApiTokens.newSecret();

		assertThat(secret).startsWith("tdm_").hasSize(4 + 43).matches("tdm_[A-Za-z0-9_-]{43}");
	}

	@Test
	void secretsDoNotRepeat() {
		var seen = new HashSet<String>();
		for (int i = 0; i < 1000; i++) {
			seen.add(ApiTokens.newSecret());
		}

		assertThat(seen).hasSize(1000);
	}

	@Test
	void listsShowOnlyTheFirstTenCharacters() {
		var secret = ApiTokens.newSecret();

		assertThat(ApiTokens.displayPrefix(secret)).hasSize(10).startsWith("tdm_").isEqualTo(secret.substring(0, 10));
	}

	@Test
	void storesASha256HexDigestNotTheSecret() {
		var secret = ApiTokens.newSecret();

		assertThat(ApiTokens.sha256(secret)).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(secret.substring(4));
		assertThat(ApiTokens.sha256("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
