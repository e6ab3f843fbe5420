package dev.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.tandem.shared.InvalidInputException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class SkillProperties {

	@Property
	void normalisingASkillTwiceChangesNothing(@ForAll String text) {
		try {
			var skill = Skill.of(text);
			assertThat(Skill.of(skill.code())).isEqualTo(skill);
			assertThat(skill.code()).doesNotContain(",", " ").hasSizeBetween(1, Skill.MAX_LENGTH);
		}
		catch (IllegalArgumentException refused) {
			// refusing is fine; anything else is not
		}
	}

	@Property
	void parsingUserInputEitherSucceedsOrNamesTheField(@ForAll List<String> entries) {
		try {
			var skills = Skill.parseAll(entries, "skills");
			assertThat(skills).allSatisfy(s -> assertThat(Skill.of(s.code())).isEqualTo(s));
		}
		catch (InvalidInputException e) {
			assertThat(e.errors()).allSatisfy(error -> assertThat(error.field()).isEqualTo("skills"));
		}
	}

}
