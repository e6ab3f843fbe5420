package dev.tandem.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import dev.tandem.org.GroupId;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;

/**
 * An objective of a quarter. Guards its life cycle (draft → active → closed) and stays
 * read-only once closed; closing needs every key result scored and sets the objective's
 * score to their mean.
 */
@Table("okr_objective")
class Objective {

	@Id
	private final UUID id;

	private String title;

	private String why;

	private String quarterLabel;

	private ObjectiveLevel objectiveLevel;

	private UUID ownerId;

	private UUID teamId;

	private UUID groupId;

	private UUID parentId;

	private ObjectiveState state;

	private BigDecimal score;

	private Instant closedAt;

	private final Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	Objective(UUID id, String title, String why, String quarterLabel, ObjectiveLevel objectiveLevel, UUID ownerId,
			UUID teamId, UUID groupId, UUID parentId, ObjectiveState state, BigDecimal score, Instant closedAt,
			Instant createdAt, Long version) {
		this.id = id;
		this.title = title;
		this.why = why;
		this.quarterLabel = quarterLabel;
		this.objectiveLevel = objectiveLevel;
		this.ownerId = ownerId;
		this.teamId = teamId;
		this.groupId = groupId;
		this.parentId = parentId;
		this.state = state;
		this.score = score;
		this.closedAt = closedAt;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Objective create(ObjectiveDetails details, Instant now) {
		var objective = new Objective(UUID.randomUUID(), null, null, null, null, null, null, null, null,
				ObjectiveState.DRAFT, null, null, now, null);
		objective.apply(details);
		return objective;
	}

	void change(ObjectiveDetails details) {
		requireOpen();
		apply(details);
	}

	private void apply(ObjectiveDetails details) {
		this.title = details.title();
		this.why = details.why();
		this.quarterLabel = details.quarter().label();
		this.objectiveLevel = details.level();
		this.ownerId = details.ownerId().value();
		this.teamId = details.teamId() == null ? null : details.teamId().value();
		this.groupId = details.groupId() == null ? null : details.groupId().value();
		this.parentId = details.parentId() == null ? null : details.parentId().value();
	}

	void activate() {
		requireOpen();
		if (state != ObjectiveState.DRAFT) {
			throw new InvalidInputException("state", "only a draft objective can be activated; this one is " + state);
		}
		state = ObjectiveState.ACTIVE;
	}

	/**
	 * Closes the objective with the given key results' final scores; refused while one
	 * has none. The objective's score is their mean (none without key results).
	 */
	void close(List<KeyResult> keyResults, Instant now) {
		requireOpen();
		var unscored = keyResults.stream().filter(k -> k.finalScore() == null).map(KeyResult::statement).toList();
		if (!unscored.isEmpty()) {
			throw new InvalidInputException("keyResults",
					"every key result needs a final score before closing; missing: " + String.join(", ", unscored));
		}
		score = keyResults.isEmpty() ? null
				: keyResults.stream()
					.map(KeyResult::finalScore)
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(keyResults.size()), 4, RoundingMode.HALF_EVEN);
		state = ObjectiveState.CLOSED;
		closedAt = now;
	}

	/** A closed objective and its key results are read-only. */
	void requireOpen() {
		if (state == ObjectiveState.CLOSED) {
			throw new InvalidInputException("state", "the objective \"" + title + "\" is closed and read-only");
		}
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	ObjectiveId id() {
		return new ObjectiveId(id);
	}

	String title() {
		return title;
	}

	ObjectiveState state() {
		return state;
	}

	Quarter quarter() {
		return Quarter.of(quarterLabel);
	}

	BigDecimal score() {
		return score;
	}

	Long version() {
		return version;
	}

	ObjectiveDetails details() {
		return new ObjectiveDetails(title, why, quarter(), objectiveLevel, new PersonId(ownerId),
				teamId == null ? null : new TeamId(teamId), groupId == null ? null : new GroupId(groupId),
				parentId == null ? null : new ObjectiveId(parentId));
	}

	ObjectiveSummary summary() {
		var d = details();
		return new ObjectiveSummary(id(), title, d.quarter(), objectiveLevel, d.ownerId(), d.teamId(), d.groupId(),
				d.parentId(), state);
	}

	String describe() {
		return title + " (" + objectiveLevel + ", " + quarterLabel + ", " + state + ")";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Objective o && o.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

}
