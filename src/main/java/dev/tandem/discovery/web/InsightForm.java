package dev.tandem.discovery.web;

import java.util.ArrayList;

import dev.tandem.discovery.InsightDetails;
import dev.tandem.discovery.InsightKind;
import dev.tandem.discovery.OpportunityId;
import dev.tandem.shared.InvalidInputException;

/** The insight capture form as typed; tags are comma-separated. */
record InsightForm(String text, String kind, String source, String observedOn, String link, String tags,
		String opportunityId) {

	static InsightForm empty(String today, String opportunityId) {
		return new InsightForm("", InsightKind.INTERVIEW.name(), "", today, "", "",
				opportunityId == null ? "" : opportunityId);
	}

	InsightDetails details() {
		var errors = new ArrayList<InvalidInputException.FieldError>();
		var parsedKind = FormValues.collect(errors, () -> FormValues.optional(kind, InsightKind::valueOf, "kind"));
		var date = FormValues.collect(errors, () -> FormValues.date(observedOn, "observedOn"));
		var details = FormValues.collect(errors,
				() -> new InsightDetails(text, parsedKind, source, date, link, InsightDetails.tagsOf(tags)));
		FormValues.throwIfAny(errors);
		return details;
	}

	OpportunityId opportunity() {
		return FormValues.optional(opportunityId, OpportunityId::of, "opportunityId");
	}

}
