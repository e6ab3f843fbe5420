package dev.tandem.delivery.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.tandem.delivery.TShirtSize;
import dev.tandem.org.PersonId;
import dev.tandem.shared.InvalidInputException.FieldError;
import dev.tandem.shared.InvalidInputException;

/** The estimate form, parsed: every unreadable field reported at once. */
record EstimateForm(Integer points, TShirtSize size, Set<PersonId> participants, long version) {

	static EstimateForm parse(String points, String size, List<String> participants, String version) {
		var errors = new ArrayList<FieldError>();
		Integer parsedPoints = null;
		if (points != null && !points.isBlank()) {
			try {
				parsedPoints = Integer.valueOf(points.strip());
			}
			catch (NumberFormatException e) {
				errors.add(new FieldError("points", "must be a number"));
			}
		}
		TShirtSize parsedSize = null;
		if (size != null && !size.isBlank()) {
			try {
				parsedSize = TShirtSize.valueOf(size.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				errors.add(new FieldError("size", "is not a size"));
			}
		}
		var people = new LinkedHashSet<PersonId>();
		for (var p : participants == null ? List.<String>of() : participants) {
			try {
				people.add(PersonId.of(p.strip()));
			}
			catch (IllegalArgumentException e) {
				errors.add(new FieldError("participants", "is not a valid id"));
			}
		}
		long parsedVersion = -1;
		try {
			parsedVersion = Long.parseLong(version == null ? "" : version.strip());
		}
		catch (NumberFormatException e) {
			errors.add(new FieldError("version", "is required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new EstimateForm(parsedPoints, parsedSize, people, parsedVersion);
	}

}
