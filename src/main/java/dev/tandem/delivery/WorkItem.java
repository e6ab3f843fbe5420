package dev.tandem.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dev.tandem.org.PersonId;
import dev.tandem.org.Skill;
import dev.tandem.org.TeamId;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;

/**
 * A piece of work a team delivers. It guards its workflow: a move names the state the
 * mover saw, so a move made from a stale board is refused, and every move — backwards
 * included — is kept in order with its time and author.
 */
@Table("work_item")
class WorkItem {

	@Id
	private final UUID id;

	private WorkItemKind kind;

	private String title;

	private String description;

	private UUID teamId;

	private UUID parentId;

	private UUID roadmapItemId;

	private WorkflowState state;

	private Integer estimatePoints;

	private TShirtSize estimateSize;

	private Boolean estimateWithoutQa;

	private Instant estimatedAt;

	private final Instant createdAt;

	private java.math.BigDecimal debtPrincipalHours;

	private java.math.BigDecimal debtInterestHours;

	/** The key the item had in the tracker it was imported from (e.g. a Jira key). */
	private String externalKey;

	@MappedCollection(idColumn = "item_id")
	private Set<Row.SkillRow> skills;

	@MappedCollection(idColumn = "item_id")
	private Set<Row.AssigneeRow> assignees;

	@MappedCollection(idColumn = "item_id")
	private Set<Row.LabelRow> labels;

	@MappedCollection(idColumn = "item_id")
	private Set<Row.EstimatorRow> estimators;

	@MappedCollection(idColumn = "item_id", keyColumn = "seq")
	private List<Row.TransitionRow> transitions;

	@Version
	private Long version;

	@PersistenceCreator
	WorkItem(UUID id, WorkItemKind kind, String title, String description, UUID teamId, UUID parentId,
			UUID roadmapItemId, WorkflowState state, Integer estimatePoints, TShirtSize estimateSize,
			Boolean estimateWithoutQa, Instant estimatedAt, Instant createdAt, Set<Row.SkillRow> skills,
			Set<Row.AssigneeRow> assignees, Set<Row.LabelRow> labels, Set<Row.EstimatorRow> estimators,
			List<Row.TransitionRow> transitions, Long version) {
		this.id = id;
		this.kind = kind;
		this.title = title;
		this.description = description;
		this.teamId = teamId;
		this.parentId = parentId;
		this.roadmapItemId = roadmapItemId;
		this.state = state;
		this.estimatePoints = estimatePoints;
		this.estimateSize = estimateSize;
		this.estimateWithoutQa = estimateWithoutQa;
		this.estimatedAt = estimatedAt;
		this.createdAt = createdAt;
		this.skills = new HashSet<>(skills == null ? Set.of() : skills);
		this.assignees = new HashSet<>(assignees == null ? Set.of() : assignees);
		this.labels = new HashSet<>(labels == null ? Set.of() : labels);
		this.estimators = new HashSet<>(estimators == null ? Set.of() : estimators);
		this.transitions = new ArrayList<>(transitions == null ? List.of() : transitions);
		this.version = version;
	}

	/** A new item in the backlog; its creation is the first entry of its history. */
	static WorkItem create(WorkItemDetails details, Instant now, PersonId by, String byEmail) {
		var item = new WorkItem(UUID.randomUUID(), null, null, null, null, null, null, WorkflowState.BACKLOG, null,
				null, null, null, now, null, null, null, null, null, null);
		item.change(details);
		item.transitions.add(Row.TransitionRow.of(new Transition(null, WorkflowState.BACKLOG, now, by, byEmail)));
		return item;
	}

	/**
	 * An item brought in from another tracker with its past: {@code history} is its moves
	 * in order, the first one (to BACKLOG) at its creation, the last one into its current
	 * state.
	 */
	static WorkItem imported(WorkItemDetails details, String externalKey, List<Transition> history) {
		if (externalKey == null || externalKey.isBlank()) {
			throw new InvalidInputException("externalKey", "is required");
		}
		if (history == null || history.isEmpty() || history.get(0).to() != WorkflowState.BACKLOG) {
			throw new InvalidInputException("history", "must start in the backlog");
		}
		var last = history.get(history.size() - 1);
		var item = new WorkItem(UUID.randomUUID(), null, null, null, null, null, null, last.to(), null, null, null,
				null, history.get(0).at(), null, null, null, null, null, null);
		item.change(details);
		item.externalKey = externalKey.strip();
		history.forEach(t -> item.transitions.add(Row.TransitionRow.of(t)));
		return item;
	}

	/** Sets the feature an imported item belongs to, once that feature exists. */
	void attachTo(WorkItemId feature) {
		var details = details();
		change(new WorkItemDetails(details.kind(), details.title(), details.description(), details.teamId(), feature,
				details.roadmapItemId(), details.skills(), details.assignees(), details.labels()));
	}

	String externalKey() {
		return externalKey;
	}

	/**
	 * Changes what the item says. A feature that has stories keeps being a feature:
	 * {@code hasChildren} tells.
	 */
	void change(WorkItemDetails details, boolean hasChildren) {
		if (hasChildren && details.kind() != WorkItemKind.FEATURE) {
			throw new InvalidInputException("kind", "must stay a feature while it has children");
		}
		change(details);
	}

	private void change(WorkItemDetails details) {
		if (details.parentId() != null && details.parentId().value().equals(id)) {
			throw new InvalidInputException("parentId", "an item cannot be its own parent");
		}
		this.kind = details.kind();
		this.title = details.title();
		this.description = details.description();
		this.teamId = details.teamId().value();
		this.parentId = details.parentId() == null ? null : details.parentId().value();
		this.roadmapItemId = details.roadmapItemId() == null ? null : details.roadmapItemId().value();
		this.skills = details.skills().stream().map(s -> new Row.SkillRow(s.code())).collect(Collectors.toSet());
		this.assignees = details.assignees()
			.stream()
			.map(p -> new Row.AssigneeRow(p.value()))
			.collect(Collectors.toSet());
		this.labels = details.labels().stream().map(Row.LabelRow::new).collect(Collectors.toSet());
	}

	/**
	 * Moves the item to {@code to}. {@code seen} is the state the mover saw: when the
	 * item is no longer in it, the move is stale. Moving to the state it is in changes
	 * nothing.
	 * @return the move, or null when nothing changed
	 */
	Transition moveTo(WorkflowState to, WorkflowState seen, Instant now, PersonId by, String byEmail) {
		if (to == null) {
			throw new InvalidInputException("to", "is required");
		}
		if (seen != null && seen != state) {
			throw new StaleVersionException("work item", id(), version == null ? 0 : version);
		}
		if (to == state) {
			return null;
		}
		var transition = new Transition(state, to, now, by, byEmail);
		transitions.add(Row.TransitionRow.of(transition));
		state = to;
		return transition;
	}

	/**
	 * Sets what the debt costs; only a DEBT item has a principal or an interest. An item
	 * that stops being DEBT loses them.
	 */
	void costDebt(DebtCost cost) {
		var value = cost == null ? DebtCost.NONE : cost;
		if (kind != WorkItemKind.DEBT && !value.isNone()) {
			var errors = new java.util.ArrayList<InvalidInputException.FieldError>();
			if (value.principalHours() != null) {
				errors.add(new InvalidInputException.FieldError("principalHours",
						"only DEBT items have a principal or an interest"));
			}
			if (value.interestHours() != null) {
				errors.add(new InvalidInputException.FieldError("interestHours",
						"only DEBT items have a principal or an interest"));
			}
			throw new InvalidInputException(errors);
		}
		this.debtPrincipalHours = value.principalHours();
		this.debtInterestHours = value.interestHours();
	}

	DebtCost debtCost() {
		return new DebtCost(debtPrincipalHours, debtInterestHours);
	}

	/** Released as part of a release: only a DONE item can be. */
	Transition release(Instant now, PersonId by, String byEmail) {
		if (state != WorkflowState.DONE) {
			throw new InvalidInputException("itemIds", "only done items can be released: {0}", title);
		}
		return moveTo(WorkflowState.RELEASED, WorkflowState.DONE, now, by, byEmail);
	}

	void estimate(Estimate estimate) {
		this.estimatePoints = estimate.points();
		this.estimateSize = estimate.size();
		this.estimateWithoutQa = estimate.withoutQa();
		this.estimatedAt = estimate.estimatedAt();
		this.estimators = estimate.participants()
			.stream()
			.map(p -> new Row.EstimatorRow(p.value()))
			.collect(Collectors.toSet());
	}

	/**
	 * An estimate brought over from another tracker: its points, but nobody is known to
	 * have taken part, so it says nothing about QA either way (it is left out of the
	 * share of estimates made without QA).
	 */
	void importedEstimate(int points, Instant at) {
		this.estimatePoints = points;
		this.estimateSize = null;
		this.estimateWithoutQa = null;
		this.estimatedAt = at;
		this.estimators = new java.util.HashSet<>();
	}

	Estimate estimate() {
		if (estimatePoints == null) {
			return null;
		}
		return new Estimate(estimatePoints, estimateSize,
				estimators.stream()
					.map(e -> new PersonId(e.personId()))
					.sorted((a, b) -> a.value().compareTo(b.value()))
					.toList(),
				Boolean.TRUE.equals(estimateWithoutQa), estimatedAt);
	}

	WorkItemId id() {
		return new WorkItemId(id);
	}

	WorkItemKind kind() {
		return kind;
	}

	String title() {
		return title;
	}

	UUID roadmapItem() {
		return roadmapItemId;
	}

	WorkflowState state() {
		return state;
	}

	TeamId teamId() {
		return new TeamId(teamId);
	}

	Instant createdAt() {
		return createdAt;
	}

	long version() {
		return version == null ? 0 : version;
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	List<Transition> transitions() {
		return transitions.stream().map(Row.TransitionRow::transition).toList();
	}

	WorkItemDetails details() {
		return new WorkItemDetails(kind, title, description, new TeamId(teamId),
				parentId == null ? null : new WorkItemId(parentId),
				roadmapItemId == null ? null : new RoadmapItemId(roadmapItemId),
				skills.stream().map(s -> new Skill(s.skill())).collect(Collectors.toSet()),
				assignees.stream().map(a -> new PersonId(a.personId())).collect(Collectors.toSet()),
				labels.stream().map(Row.LabelRow::label).collect(Collectors.toSet()));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WorkItem item && item.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

	/** Rows of the item's owned collections. */
	static final class Row {

		private Row() {
		}

		@Table("work_item_skill")
		record SkillRow(String skill) {
		}

		@Table("work_item_assignee")
		record AssigneeRow(UUID personId) {
		}

		@Table("work_item_label")
		record LabelRow(String label) {
		}

		@Table("work_item_estimator")
		record EstimatorRow(UUID personId) {
		}

		@Table("work_item_transition")
		record TransitionRow(@Column("from_state") WorkflowState fromState, @Column("to_state") WorkflowState toState,
				Instant happenedAt, UUID byPersonId, String byEmail) {

			static TransitionRow of(Transition t) {
				return new TransitionRow(t.from(), t.to(), t.at(), t.byPerson() == null ? null : t.byPerson().value(),
						t.byEmail());
			}

			Transition transition() {
				return new Transition(fromState, toState, happenedAt,
						byPersonId == null ? null : new PersonId(byPersonId), byEmail);
			}

		}

	}

}
