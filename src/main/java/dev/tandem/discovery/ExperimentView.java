package dev.tandem.discovery;

import java.time.Instant;

/** An experiment as pages and the API show it, with the idea it tests. */
public record ExperimentView(ExperimentId id, IdeaId ideaId, String ideaTitle, String hypothesis,
		ExperimentMethod method, String successCriterion, ExperimentStatus status, ExperimentResult result,
		String learnings, String prototypeLink, Instant concludedAt, long version) {

	public boolean validated() {
		return result == ExperimentResult.VALIDATED;
	}

}
