package dev.tandem.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.tandem.shared.InvalidInputException;

/**
 * A skill a team needs or a member brings. Free-form text is normalised to a code, so
 * "back end", "Back-End" and {@code BACK_END} are the same skill: trimmed, upper-cased,
 * runs of spaces, hyphens and slashes become one underscore.
 */
public record Skill(String code) implements Comparable<Skill> {

	public static final int MAX_LENGTH = 40;

	// Declared before the constants below, which use them while the class initialises.
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-/]+");

	private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_+#.]+");

	public static final Skill BACK_END = new Skill("BACK_END");

	public static final Skill FRONT_END = new Skill("FRONT_END");

	public static final Skill MOBILE = new Skill("MOBILE");

	public static final Skill QA = new Skill("QA");

	public static final Skill DATA = new Skill("DATA");

	public static final Skill UX = new Skill("UX");

	/**
	 * The skills every product company needs, offered first in forms and translated in
	 * the UI.
	 */
	public static final List<Skill> BUILT_IN = List.of(BACK_END, FRONT_END, MOBILE, QA, DATA, UX);

	public Skill {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("a skill cannot be empty");
		}
		code = SEPARATORS.matcher(code.strip()).replaceAll("_").toUpperCase(Locale.ROOT);
		code = code.replaceAll("^_+|_+$", "");
		if (code.isEmpty() || code.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("a skill must have 1 to " + MAX_LENGTH + " characters");
		}
		if (!ALLOWED.matcher(code).matches()) {
			throw new IllegalArgumentException("a skill may hold letters, digits, spaces and + # . - / only");
		}
	}

	public static Skill of(String text) {
		return new Skill(text);
	}

	/**
	 * Parses what a person typed or picked: each entry may hold several skills separated
	 * by commas; blanks are ignored, duplicates merged. Bad entries are refused as an
	 * error on {@code field}.
	 */
	public static Set<Skill> parseAll(Collection<String> entries, String field) {
		var skills = new LinkedHashSet<Skill>();
		if (entries == null) {
			return skills;
		}
		var errors = new ArrayList<InvalidInputException.FieldError>();
		for (var entry : entries) {
			if (entry == null) {
				continue;
			}
			for (var part : entry.split(",")) {
				if (part.isBlank()) {
					continue;
				}
				try {
					skills.add(new Skill(part));
				}
				catch (IllegalArgumentException e) {
					errors.add(InvalidInputException.FieldError.of(field, "\"{0}\": " + e.getMessage(),
							part.length() > 50 ? part.substring(0, 50) + "…" : part.strip()));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (skills.size() > 30) {
			throw new InvalidInputException(field, "at most 30 skills");
		}
		return skills;
	}

	public boolean builtIn() {
		return BUILT_IN.contains(this);
	}

	/**
	 * Message key for built-in skills; free-form skills are shown as
	 * {@link #displayName()}.
	 */
	public String messageKey() {
		return "org.skill." + code;
	}

	/** "MACHINE_LEARNING" reads as "Machine learning". */
	public String displayName() {
		var text = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	@JsonValue
	@Override
	public String toString() {
		return code;
	}

	@Override
	public int compareTo(Skill other) {
		int a = BUILT_IN.indexOf(this);
		int b = BUILT_IN.indexOf(other);
		if (a >= 0 || b >= 0) {
			return Integer.compare(a < 0 ? Integer.MAX_VALUE : a, b < 0 ? Integer.MAX_VALUE : b);
		}
		return code.compareTo(other.code);
	}
}
