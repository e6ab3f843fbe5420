package dev.tandem.org;

/**
 * Something about the shape of the organisation that deserves attention. {@code detail}
 * names what is concerned (a skill code, a hat kind) and may be empty.
 */
public record OrgWarning(Kind kind, String detail) {

	public OrgWarning {
		java.util.Objects.requireNonNull(kind, "kind");
		detail = detail == null ? "" : detail;
	}

	public enum Kind {

		MISSING_SKILL, MISSING_PRODUCT_MANAGER, MISSING_LEAD_DEVELOPER, MISSING_PRODUCT_DIRECTOR,
		MISSING_ENGINEERING_MANAGER, COMPONENT_TEAM, DUO_WITHOUT_HAT, OVER_ALLOCATED;

		/**
		 * The name used in pages ({@code data-warning}) and messages:
		 * {@code MISSING_SKILL} → {@code missing-skill}.
		 */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/** For templates: {@code org.warning.missing-skill}. */
	public String messageKey() {
		return "org.warning." + kind.code();
	}

	public String code() {
		return kind.code();
	}

	/** The skill a {@code MISSING_SKILL} warning is about, else null. */
	public Skill skill() {
		return kind == Kind.MISSING_SKILL ? new Skill(detail) : null;
	}
}
