package dev.tandem.discovery;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/**
 * User problems worth solving and the insights that support them. Linking and unlinking
 * are idempotent, so they need no version; every change is audited.
 */
@Service
public class Opportunities {

	private final OpportunityRepository opportunities;

	private final InsightRepository insights;

	private final IdeaRepository ideas;

	private final AuditTrail audit;

	private final Clock clock;

	Opportunities(OpportunityRepository opportunities, InsightRepository insights, IdeaRepository ideas,
			AuditTrail audit, Clock clock) {
		this.opportunities = opportunities;
		this.insights = insights;
		this.ideas = ideas;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public OpportunityView create(OpportunityDetails details) {
		var opportunity = opportunities.save(Opportunity.create(details, clock.instant()));
		audit.record(subject(opportunity.id()), "opportunity.created", "Created opportunity “" + details.title() + "”",
				null, describe(details));
		return view(opportunity);
	}

	@Transactional
	public OpportunityView update(OpportunityId id, long expectedVersion, OpportunityDetails details) {
		var opportunity = load(id);
		if (!opportunity.isVersion(expectedVersion)) {
			throw new StaleVersionException("opportunity", id, expectedVersion);
		}
		var before = describe(new OpportunityDetails(opportunity.title(), opportunity.description()));
		opportunity.change(details);
		opportunities.save(opportunity);
		audit.record(subject(id), "opportunity.updated", "Updated opportunity “" + details.title() + "”", before,
				describe(details));
		return view(opportunity);
	}

	/**
	 * Adds an insight to the evidence of the opportunity (no change if it was already
	 * there).
	 */
	@Transactional
	public OpportunityView link(OpportunityId id, InsightId insightId) {
		var opportunity = load(id);
		var insight = insights.findById(insightId.value())
			.orElseThrow(() -> new NotFoundException("insight", insightId));
		if (opportunity.link(insightId)) {
			opportunities.save(opportunity);
			audit.record(subject(id), Insights.subject(insightId), "opportunity.insight-linked",
					"Linked an insight from " + insight.view().source() + " to “" + opportunity.title() + "”", null,
					insight.view().text());
		}
		return view(opportunity);
	}

	/**
	 * Removes an insight from the evidence of the opportunity (no change if it was not
	 * there).
	 */
	@Transactional
	public OpportunityView unlink(OpportunityId id, InsightId insightId) {
		var opportunity = load(id);
		if (opportunity.unlink(insightId)) {
			opportunities.save(opportunity);
			audit.record(subject(id), Insights.subject(insightId), "opportunity.insight-unlinked",
					"Unlinked an insight from “" + opportunity.title() + "”", insightId.toString(), null);
		}
		return view(opportunity);
	}

	@Transactional(readOnly = true)
	public OpportunityView get(OpportunityId id) {
		return view(load(id));
	}

	@Transactional(readOnly = true)
	public boolean exists(OpportunityId id) {
		return opportunities.existsById(id.value());
	}

	/** Every opportunity, best supported first (most insights, then newest evidence). */
	@Transactional(readOnly = true)
	public List<OpportunitySummary> all() {
		var byId = insights.findAll()
			.stream()
			.map(Insight::view)
			.collect(Collectors.toMap(i -> i.id().value(), Function.identity()));
		var ideaCounts = ideas.findAll()
			.stream()
			.collect(Collectors.groupingBy(i -> i.details().opportunityId(), Collectors.counting()));
		return opportunities.findAll()
			.stream()
			.map(o -> new OpportunitySummary(o.id(), o.title(), EvidenceSummary.of(supporting(o, byId)),
					ideaCounts.getOrDefault(o.id(), 0L).intValue(), o.version()))
			.sorted(Comparator.comparing((OpportunitySummary s) -> s.evidence().insights())
				.reversed()
				.thenComparing(OpportunitySummary::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	static Subject subject(OpportunityId id) {
		return Subject.of("opportunity", id);
	}

	private OpportunityView view(Opportunity opportunity) {
		var supporting = insights.findAllById(opportunity.insightIds())
			.stream()
			.map(Insight::view)
			.sorted(Insights.NEWEST_FIRST)
			.toList();
		return new OpportunityView(opportunity.id(), opportunity.title(), opportunity.description(), supporting,
				EvidenceSummary.of(supporting), opportunity.version());
	}

	private static List<InsightView> supporting(Opportunity opportunity, Map<UUID, InsightView> insightsById) {
		return opportunity.insightIds().stream().map(insightsById::get).filter(i -> i != null).toList();
	}

	private Opportunity load(OpportunityId id) {
		return opportunities.findById(id.value()).orElseThrow(() -> new NotFoundException("opportunity", id));
	}

	private static String describe(OpportunityDetails d) {
		return d.title() + (d.description() == null ? "" : ": " + d.description());
	}

}
