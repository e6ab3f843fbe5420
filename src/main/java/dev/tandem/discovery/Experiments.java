package dev.tandem.discovery;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/**
 * Experiments that test ideas: planned, running, then concluded with a result (validated,
 * invalidated or inconclusive) and what was learnt. Every change is audited.
 */
@Service
public class Experiments {

	private final ExperimentRepository experiments;

	private final IdeaRepository ideas;

	private final AuditTrail audit;

	private final Clock clock;

	Experiments(ExperimentRepository experiments, IdeaRepository ideas, AuditTrail audit, Clock clock) {
		this.experiments = experiments;
		this.ideas = ideas;
		this.audit = audit;
		this.clock = clock;
	}

	/** Plans (or records) an experiment for an idea that exists. */
	@Transactional
	public ExperimentView create(IdeaId idea, ExperimentDetails details, ExperimentOutcome outcome) {
		if (idea == null) {
			throw new InvalidInputException("ideaId", "is required");
		}
		if (!ideas.existsById(idea.value())) {
			throw new InvalidInputException("ideaId", "no idea has this id");
		}
		var experiment = experiments.save(Experiment.plan(idea, details, outcome, clock.instant()));
		audit.record(subject(experiment.id()), Ideas.subject(idea), "experiment.created",
				"Planned a " + details.method() + " experiment: " + details.hypothesis(), null,
				describe(details, outcome));
		return views(List.of(experiment)).get(0);
	}

	/** Changes what the experiment tests or where it stands; 409 when stale. */
	@Transactional
	public ExperimentView update(ExperimentId id, long expectedVersion, ExperimentDetails details,
			ExperimentOutcome outcome) {
		var experiment = load(id);
		if (!experiment.isVersion(expectedVersion)) {
			throw new StaleVersionException("experiment", id, expectedVersion);
		}
		var before = describe(experiment.details(), experiment.outcome());
		var wasConcluded = experiment.outcome().status() == ExperimentStatus.CONCLUDED;
		experiment.change(details, outcome, clock.instant());
		experiments.save(experiment);
		var summary = !wasConcluded && outcome.status() == ExperimentStatus.CONCLUDED
				? "Concluded an experiment: " + outcome.result() + " — " + details.hypothesis()
				: "Updated an experiment: " + details.hypothesis();
		audit.record(subject(id), Ideas.subject(experiment.ideaId()), "experiment.updated", summary, before,
				describe(details, outcome));
		return views(List.of(experiment)).get(0);
	}

	@Transactional(readOnly = true)
	public ExperimentView get(ExperimentId id) {
		return views(List.of(load(id))).get(0);
	}

	/** Every experiment, or only an idea's when {@code idea} is given. */
	@Transactional(readOnly = true)
	public List<ExperimentView> all(IdeaId idea) {
		return views(idea == null ? experiments.findAll() : experiments.findByIdeaIdIn(List.of(idea.value())));
	}

	/** The experiments of the given ideas. */
	@Transactional(readOnly = true)
	public List<ExperimentView> ofIdeas(Collection<IdeaId> ideaIds) {
		return ideaIds.isEmpty() ? List.of()
				: views(experiments.findByIdeaIdIn(ideaIds.stream().map(IdeaId::value).toList()));
	}

	/** Experiments concluded from {@code from} (included) to {@code to} (excluded). */
	@Transactional(readOnly = true)
	public List<ExperimentView> concludedBetween(Instant from, Instant to) {
		return views(experiments.findByConcludedAtGreaterThanEqualAndConcludedAtLessThan(from, to));
	}

	static Subject subject(ExperimentId id) {
		return Subject.of("experiment", id);
	}

	private List<ExperimentView> views(List<Experiment> found) {
		var titles = new HashMap<UUID, String>();
		ideas.findAllById(found.stream().map(e -> e.ideaId().value()).distinct().toList())
			.forEach(i -> titles.put(i.id().value(), i.details().title()));
		return found.stream().map(e -> {
			var d = e.details();
			var o = e.outcome();
			return new ExperimentView(e.id(), e.ideaId(), titles.get(e.ideaId().value()), d.hypothesis(), d.method(),
					d.successCriterion(), o.status(), o.result(), o.learnings(), d.prototypeLink(), e.concludedAt(),
					e.version());
		}).sorted(Comparator.comparing(ExperimentView::status).thenComparing(ExperimentView::hypothesis)).toList();
	}

	private Experiment load(ExperimentId id) {
		return experiments.findById(id.value()).orElseThrow(() -> new NotFoundException("experiment", id));
	}

	private static String describe(ExperimentDetails d, ExperimentOutcome o) {
		return d.method() + ": " + d.hypothesis() + "; success if " + d.successCriterion() + "; " + o.status()
				+ (o.result() == null ? "" : " (" + o.result() + ")")
				+ (o.learnings() == null ? "" : "; learnt: " + o.learnings())
				+ (d.prototypeLink() == null ? "" : "; prototype: " + d.prototypeLink());
	}

}
