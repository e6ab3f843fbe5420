package dev.tandem.discovery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.shared.InvalidInputException;

/**
 * Captures an insight and, in the same transaction, links it to the opportunity it
 * supports: what the capture form does in one go.
 */
@Service
public class EvidenceCapture {

	private final Insights insights;

	private final Opportunities opportunities;

	EvidenceCapture(Insights insights, Opportunities opportunities) {
		this.insights = insights;
		this.opportunities = opportunities;
	}

	/** Captures the insight; links it to {@code opportunity} unless that is null. */
	@Transactional
	public InsightView capture(InsightDetails details, OpportunityId opportunity) {
		if (opportunity != null && !opportunities.exists(opportunity)) {
			throw new InvalidInputException("opportunityId", "no opportunity has this id");
		}
		var insight = insights.capture(details);
		if (opportunity != null) {
			opportunities.link(opportunity, insight.id());
		}
		return insight;
	}

}
