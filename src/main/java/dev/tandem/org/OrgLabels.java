package dev.tandem.org;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * English labels of hats, team kinds and skills, from the org message bundle, for the
 * audit trail (stored once, in English) and to read those labels back.
 */
@Component
class OrgLabels {

	private final MessageSource messages;

	OrgLabels(MessageSource messages) {
		this.messages = messages;
	}

	String hat(HatKind kind) {
		return label("org.hat." + kind.name(), kind.name());
	}

	String teamKind(TeamKind kind) {
		return label("org.teamKind." + kind.name(), kind.name());
	}

	/** The kind whose English label (or code) this is; null when none matches. */
	TeamKind teamKindOf(String label) {
		if (label == null) {
			return null;
		}
		for (var kind : TeamKind.values()) {
			if (teamKind(kind).equals(label) || kind.name().equals(label)) {
				return kind;
			}
		}
		return null;
	}

	String skill(Skill skill) {
		return skill.builtIn() ? label(skill.messageKey(), skill.displayName()) : skill.displayName();
	}

	String skills(Collection<Skill> skills) {
		return skills.stream().sorted().map(this::skill).collect(Collectors.joining(", "));
	}

	/** "60% as Back end, Machine learning". */
	String membership(Membership membership) {
		var skills = membership.skillSet();
		return membership.allocationPercent() + "%" + (skills.isEmpty() ? "" : " as " + skills(skills));
	}

	private String label(String key, String fallback) {
		return messages.getMessage(key, null, fallback, Locale.ENGLISH);
	}

}
