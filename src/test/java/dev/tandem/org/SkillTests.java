package dev.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.shared.InvalidInputException;

class SkillTests {

	@Test
	void normalisesFreeFormTextToOneCode() {
		assertThat(Skill.of("back end")).isEqualTo(Skill.BACK_END);
		assertThat(Skill.of(" Back-End ")).isEqualTo(Skill.BACK_END);
		assertThat(Skill.of("machine   learning")).isEqualTo(new Skill("MACHINE_LEARNING"));
		assertThat(Skill.of("C++").code()).isEqualTo("C++");
	}

	@Test
	void knowsTheBuiltInSkills() {
		assertThat(Skill.of("ux").builtIn()).isTrue();
		assertThat(Skill.of("kotlin").builtIn()).isFalse();
		assertThat(Skill.of("machine learning").displayName()).isEqualTo("Machine learning");
	}

	@Test
	void refusesEmptyOversizedOrOddSkills() {
		assertThatThrownBy(() -> Skill.of(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Skill.of("x".repeat(41))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Skill.of("<script>")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void parsesCommaSeparatedEntriesAndMergesDuplicates() {
		assertThat(Skill.parseAll(List.of("BACK_END", "back end, Kotlin", ""), "neededSkills"))
			.containsExactly(Skill.BACK_END, new Skill("KOTLIN"));
	}

	@Test
	void reportsBadEntriesOnTheGivenField() {
		assertThatThrownBy(() -> Skill.parseAll(List.of("QA", "<b>"), "skills")).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("skills"));
	}

	@Test
	void sortsBuiltInSkillsFirstInTheirUsualOrder() {
		assertThat(new java.util.TreeSet<>(List.of(new Skill("ZIG"), Skill.UX, new Skill("ADA"), Skill.BACK_END)))
			.containsExactly(Skill.BACK_END, Skill.UX, new Skill("ADA"), new Skill("ZIG"));
	}

}
