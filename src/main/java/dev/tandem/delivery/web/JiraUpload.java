package dev.tandem.delivery.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;

import org.springframework.web.multipart.MultipartFile;

import dev.tandem.delivery.JiraMapping;
import dev.tandem.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** What an import request sends, read the same way for the API and the pages. */
final class JiraUpload {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JiraUpload() {
	}

	static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "is required");
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The zone dates are read in; UTC when none is given. */
	static ZoneId zone(String zone) {
		if (zone == null || zone.isBlank()) {
			return ZoneId.of("UTC");
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException e) {
			throw new InvalidInputException("zone", "is not a time zone");
		}
	}

	/**
	 * A mapping given as JSON, e.g. {@code {"kinds": {"Spike": "CHORE"}, "states":
	 * {"Closed": "RELEASED"}}}; the defaults when none is given.
	 */
	static JiraMapping mapping(String json) {
		if (json == null || json.isBlank()) {
			return JiraMapping.defaults();
		}
		try {
			return JSON.readValue(json, JiraMapping.class);
		}
		catch (JacksonException e) {
			throw new InvalidInputException("mapping", "is not a valid mapping");
		}
	}

}
