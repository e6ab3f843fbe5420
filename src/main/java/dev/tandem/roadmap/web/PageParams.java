package dev.tandem.roadmap.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.web.util.UriComponentsBuilder;

import dev.tandem.okr.ObjectiveId;
import dev.tandem.org.GroupId;
import dev.tandem.org.TeamId;
import dev.tandem.roadmap.BoardFilter;
import dev.tandem.roadmap.Lane;
import dev.tandem.shared.InvalidInputException;

/**
 * Reads the board's filter and a lane from form text: an empty choice means "any", text
 * that is not an id is invalid input.
 */
final class PageParams {

	private PageParams() {
	}

	static BoardFilter filter(String team, String group, String objective) {
		return new BoardFilter(optional(team, TeamId::of, "team"), optional(group, GroupId::of, "group"),
				optional(objective, ObjectiveId::of, "objective"));
	}

	static Lane lane(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("lane", "is required");
		}
		try {
			return Lane.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("lane", "is not a valid choice");
		}
	}

	static Integer position(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("position", "must be a whole number");
		}
	}

	static Long version(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("version", "is required");
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("version", "must be a whole number");
		}
	}

	/** The board's address with the filter kept, e.g. {@code /roadmap?team=…}. */
	static String boardPath(BoardFilter filter) {
		var query = new LinkedHashMap<String, Object>();
		if (filter.team() != null) {
			query.put("team", filter.team());
		}
		if (filter.group() != null) {
			query.put("group", filter.group());
		}
		if (filter.objective() != null) {
			query.put("objective", filter.objective());
		}
		var builder = UriComponentsBuilder.fromPath("/roadmap");
		query.forEach(builder::queryParam);
		return builder.build().toUriString();
	}

	private static <T> T optional(String text, Function<String, T> parse, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parse.apply(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "is not a valid choice");
		}
	}

	/**
	 * Runs one conversion; its field errors join {@code errors} and the result is null,
	 * so every field gets checked.
	 */
	static <T> T collect(List<InvalidInputException.FieldError> errors, Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (InvalidInputException e) {
			errors.addAll(e.errors());
			return null;
		}
	}

	static Map<String, String> errors(InvalidInputException e) {
		var errors = new LinkedHashMap<String, String>();
		e.errors().forEach(error -> errors.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
		return errors;
	}

}
