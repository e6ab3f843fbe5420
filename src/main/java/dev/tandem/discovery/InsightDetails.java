package dev.tandem.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/**
 * What an insight says: the evidence itself, its kind, who it came from (a customer or a
 * segment, free text), the day it was observed, an optional http(s) link to the source
 * and free-form tags, normalised to lower case with dashes ("Checkout Speed" →
 * "checkout-speed"). The date may not lie in the future; {@link #requireNotAfter} checks
 * it against today.
 */
public record InsightDetails(String text, InsightKind kind, String source, LocalDate observedOn, String link,
		List<String> tags) {

	public static final int MAX_TEXT = 4000;

	public static final int MAX_SOURCE = 200;

	public static final int MAX_LINK = 2000;

	public static final int MAX_TAG = 50;

	public static final int MAX_TAGS = 20;

	public InsightDetails {
		var errors = new ArrayList<FieldError>();
		Fields.required(errors, "text", text, MAX_TEXT);
		Fields.requiredChoice(errors, "kind", kind);
		Fields.required(errors, "source", source, MAX_SOURCE);
		Fields.requiredChoice(errors, "observedOn", observedOn);
		Fields.link(errors, "link", link, MAX_LINK);
		var normalised = normalise(tags == null ? List.of() : tags);
		if (normalised.size() > MAX_TAGS) {
			errors.add(FieldError.of("tags", "must be at most {0} tags", MAX_TAGS));
		}
		if (normalised.stream().anyMatch(t -> t.length() > MAX_TAG)) {
			errors.add(FieldError.of("tags", "each tag must be at most {0} characters", MAX_TAG));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		text = text.strip();
		source = source.strip();
		link = Fields.blankToNull(link);
		tags = normalised;
	}

	/** Tags from text such as "pricing, Checkout speed" (commas separate tags). */
	public static List<String> tagsOf(String text) {
		return text == null ? List.of() : normalise(List.of(text.split(",")));
	}

	/** Lower case, inner spaces as single dashes, no blanks, no duplicates, sorted. */
	static List<String> normalise(Collection<String> tags) {
		var normalised = new TreeSet<String>();
		for (var tag : tags) {
			if (tag == null) {
				continue;
			}
			var clean = tag.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-").replaceAll("^#", "");
			if (!clean.isEmpty()) {
				normalised.add(clean);
			}
		}
		return List.copyOf(normalised);
	}

	/** Refuses an observation dated after {@code today}. */
	void requireNotAfter(LocalDate today) {
		if (observedOn.isAfter(today)) {
			throw new InvalidInputException("observedOn", "may not be in the future");
		}
	}

}
