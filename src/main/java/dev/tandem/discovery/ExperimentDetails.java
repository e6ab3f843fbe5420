package dev.tandem.discovery;

import java.util.ArrayList;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/**
 * How an idea is tested: the hypothesis, the method, what counts as success and an
 * optional http(s) link to a prototype.
 */
public record ExperimentDetails(String hypothesis, ExperimentMethod method, String successCriterion,
		String prototypeLink) {

	public static final int MAX_TEXT = 2000;

	public ExperimentDetails {
		var errors = new ArrayList<FieldError>();
		Fields.required(errors, "hypothesis", hypothesis, MAX_TEXT);
		Fields.requiredChoice(errors, "method", method);
		Fields.required(errors, "successCriterion", successCriterion, MAX_TEXT);
		Fields.link(errors, "prototypeLink", prototypeLink, MAX_TEXT);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		hypothesis = hypothesis.strip();
		successCriterion = successCriterion.strip();
		prototypeLink = Fields.blankToNull(prototypeLink);
	}

}
