package dev.tandem.org.web;

import java.util.List;

/**
 * Adding a member or changing one: who, with which skills in this team, and the share of
 * their time.
 */
record MemberForm(String personId, List<String> skills, String allocationPercent) {

	MemberForm {
		skills = skills == null ? List.of() : List.copyOf(skills.stream().filter(s -> s != null).toList());
	}

	static MemberForm empty() {
		return new MemberForm("", List.of(), "100");
	}

	public boolean has(String code) {
		return skills.contains(code);
	}

	/** The typed free-form skills, re-shown after an error. */
	public String otherSkills() {
		return String.join(", ",
				skills.stream()
					.filter(s -> dev.tandem.org.Skill.BUILT_IN.stream().noneMatch(b -> b.code().equals(s)))
					.filter(s -> !s.isBlank())
					.toList());
	}
}
