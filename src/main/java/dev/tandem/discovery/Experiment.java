package dev.tandem.discovery;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An experiment testing an idea. Its outcome always obeys {@link ExperimentOutcome}'s
 * rule: a result exactly when concluded.
 */
@Table("discovery_experiment")
class Experiment {

	@Id
	private final UUID id;

	private final UUID ideaId;

	private String hypothesis;

	private ExperimentMethod method;

	private String successCriterion;

	private ExperimentStatus status;

	private ExperimentResult result;

	private String learnings;

	private String prototypeLink;

	private final Instant createdAt;

	private Instant concludedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Experiment(UUID id, UUID ideaId, String hypothesis, ExperimentMethod method, String successCriterion,
			ExperimentStatus status, ExperimentResult result, String learnings, String prototypeLink, Instant createdAt,
			Instant concludedAt, Long version) {
		this.id = id;
		this.ideaId = ideaId;
		this.hypothesis = hypothesis;
		this.method = method;
		this.successCriterion = successCriterion;
		this.status = status;
		this.result = result;
		this.learnings = learnings;
		this.prototypeLink = prototypeLink;
		this.createdAt = createdAt;
		this.concludedAt = concludedAt;
		this.version = version;
	}

	static Experiment plan(IdeaId idea, ExperimentDetails details, ExperimentOutcome outcome, Instant now) {
		var experiment = new Experiment(UUID.randomUUID(), idea.value(), null, null, null, null, null, null, null, now,
				null, null);
		experiment.change(details, outcome, now);
		return experiment;
	}

	/** Changes the experiment; concluding it records when, reopening it forgets that. */
	void change(ExperimentDetails details, ExperimentOutcome outcome, Instant now) {
		if (outcome.status() != ExperimentStatus.CONCLUDED) {
			this.concludedAt = null;
		}
		else if (this.status != ExperimentStatus.CONCLUDED) {
			this.concludedAt = now;
		}
		this.hypothesis = details.hypothesis();
		this.method = details.method();
		this.successCriterion = details.successCriterion();
		this.prototypeLink = details.prototypeLink();
		this.status = outcome.status();
		this.result = outcome.result();
		this.learnings = outcome.learnings();
	}

	ExperimentId id() {
		return new ExperimentId(id);
	}

	IdeaId ideaId() {
		return new IdeaId(ideaId);
	}

	ExperimentDetails details() {
		return new ExperimentDetails(hypothesis, method, successCriterion, prototypeLink);
	}

	ExperimentOutcome outcome() {
		return new ExperimentOutcome(status, result, learnings);
	}

	Instant concludedAt() {
		return concludedAt;
	}

	long version() {
		return version == null ? 0 : version;
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Experiment experiment && experiment.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

}
