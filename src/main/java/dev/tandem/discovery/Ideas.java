package dev.tandem.discovery;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/**
 * Candidate solutions to opportunities. An idea must answer an opportunity that exists
 * and may name a roadmap item that exists; every change is audited.
 */
@Service
public class Ideas {

	private final IdeaRepository ideas;

	private final OpportunityRepository opportunities;

	private final ObjectProvider<RoadmapItemReferences> roadmapItems;

	private final AuditTrail audit;

	private final Clock clock;

	Ideas(IdeaRepository ideas, OpportunityRepository opportunities, ObjectProvider<RoadmapItemReferences> roadmapItems,
			AuditTrail audit, Clock clock) {
		this.ideas = ideas;
		this.opportunities = opportunities;
		this.roadmapItems = roadmapItems;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public IdeaView create(IdeaDetails details) {
		check(details, null);
		var idea = ideas.save(Idea.create(details, clock.instant()));
		audit.record(subject(idea.id()), Opportunities.subject(details.opportunityId()), "idea.created",
				"Created idea “" + details.title() + "”", null, describe(details));
		return view(idea);
	}

	@Transactional
	public IdeaView update(IdeaId id, long expectedVersion, IdeaDetails details) {
		var idea = load(id);
		if (!idea.isVersion(expectedVersion)) {
			throw new StaleVersionException("idea", id, expectedVersion);
		}
		var before = idea.details();
		check(details, before);
		idea.change(details);
		ideas.save(idea);
		audit.record(subject(id), Opportunities.subject(details.opportunityId()), "idea.updated",
				"Updated idea “" + details.title() + "”", describe(before), describe(details));
		return view(idea);
	}

	@Transactional(readOnly = true)
	public IdeaView get(IdeaId id) {
		return view(load(id));
	}

	/** Every idea, by title; only an opportunity's when {@code opportunity} is given. */
	@Transactional(readOnly = true)
	public List<IdeaView> all(OpportunityId opportunity) {
		var found = opportunity == null ? ideas.findAll() : ideas.findByOpportunityId(opportunity.value());
		return views(found);
	}

	/** The ideas that became the given roadmap item. */
	@Transactional(readOnly = true)
	public List<IdeaView> forRoadmapItem(UUID roadmapItemId) {
		return views(ideas.findByRoadmapItemId(roadmapItemId));
	}

	/** Roadmap items an idea may name, by title. */
	@Transactional(readOnly = true)
	public List<RoadmapItemChoice> roadmapItemChoices() {
		var references = roadmapItems.getIfAvailable();
		return references == null ? List.of()
				: references.allTitles()
					.entrySet()
					.stream()
					.map(e -> new RoadmapItemChoice(e.getKey(), e.getValue()))
					.sorted(Comparator.comparing(RoadmapItemChoice::title, String.CASE_INSENSITIVE_ORDER))
					.toList();
	}

	/** A roadmap item offered in a choice. */
	public record RoadmapItemChoice(UUID id, String title) {
	}

	static Subject subject(IdeaId id) {
		return Subject.of("idea", id);
	}

	private List<IdeaView> views(List<Idea> found) {
		var titles = titles(found.stream().map(i -> i.details().roadmapItemId()).filter(Objects::nonNull).toList());
		var opportunityTitles = opportunityTitles(
				found.stream().map(i -> i.details().opportunityId().value()).toList());
		return found.stream()
			.map(i -> view(i, titles, opportunityTitles))
			.sorted(Comparator.comparing(IdeaView::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private IdeaView view(Idea idea) {
		var details = idea.details();
		var ids = details.roadmapItemId() == null ? List.<UUID>of() : List.of(details.roadmapItemId());
		return view(idea, titles(ids), opportunityTitles(List.of(details.opportunityId().value())));
	}

	private static IdeaView view(Idea idea, Map<UUID, String> titles, Map<UUID, String> opportunityTitles) {
		var d = idea.details();
		return new IdeaView(idea.id(), d.opportunityId(), opportunityTitles.get(d.opportunityId().value()), d.title(),
				d.description(), d.roadmapItemId(), d.roadmapItemId() == null ? null : titles.get(d.roadmapItemId()),
				idea.version());
	}

	private Map<UUID, String> opportunityTitles(Collection<UUID> ids) {
		var titles = new HashMap<UUID, String>();
		opportunities.findAllById(ids).forEach(o -> titles.put(o.id().value(), o.title()));
		return titles;
	}

	private Map<UUID, String> titles(Collection<UUID> roadmapItemIds) {
		var references = roadmapItems.getIfAvailable();
		return references == null || roadmapItemIds.isEmpty() ? Map.of() : references.titles(roadmapItemIds);
	}

	/**
	 * Refuses an opportunity or a roadmap item that does not exist; a roadmap item the
	 * idea already named is kept even if it was deleted since.
	 */
	private void check(IdeaDetails details, IdeaDetails current) {
		if (!opportunities.existsById(details.opportunityId().value())) {
			throw new InvalidInputException("opportunityId", "no opportunity has this id");
		}
		var item = details.roadmapItemId();
		var references = roadmapItems.getIfAvailable();
		if (item != null && references != null && (current == null || !item.equals(current.roadmapItemId()))
				&& references.titles(List.of(item)).isEmpty()) {
			throw new InvalidInputException("roadmapItemId", "no roadmap item has this id");
		}
	}

	private Idea load(IdeaId id) {
		return ideas.findById(id.value()).orElseThrow(() -> new NotFoundException("idea", id));
	}

	private static String describe(IdeaDetails d) {
		return d.title() + (d.description() == null ? "" : ": " + d.description())
				+ (d.roadmapItemId() == null ? "" : "; roadmap item " + d.roadmapItemId());
	}

}
