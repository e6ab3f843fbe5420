package dev.tandem.okr.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.tandem.shared.InvalidInputException;

/**
 * Field errors keyed by field name, the way the templates show them next to the fields.
 */
final class FieldErrorsView {

	private FieldErrorsView() {
	}

	static Map<String, String> of(InvalidInputException e) {
		var errors = new LinkedHashMap<String, String>();
		e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
		return errors;
	}

}
