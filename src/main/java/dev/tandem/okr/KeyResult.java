package dev.tandem.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dev.tandem.shared.InvalidInputException;

/**
 * A key result of an objective with its monthly check-ins (one per calendar month; a
 * second one in the same month replaces the first) and, when the quarter closes, its
 * final score. The objective's state is checked by the caller before any change
 * ({@link Objective#requireOpen()}).
 */
@Table("okr_key_result")
class KeyResult {

	public static final int MAX_STATEMENT = 500;

	static final int MAX_TEXT = 2000;

	@Id
	private final UUID id;

	private final UUID objectiveId;

	private String statement;

	private KeyResultUnit unit;

	private BigDecimal baseline;

	private BigDecimal target;

	private Direction direction;

	private BigDecimal currentValue;

	private String sourceKind;

	private String sourceConfig;

	private BigDecimal finalScore;

	private String scoreReason;

	private final Instant createdAt;

	@MappedCollection(idColumn = "key_result_id")
	private Set<CheckIn> checkIns;

	@Version
	private Long version;

	@PersistenceCreator
	KeyResult(UUID id, UUID objectiveId, String statement, KeyResultUnit unit, BigDecimal baseline, BigDecimal target,
			Direction direction, BigDecimal currentValue, String sourceKind, String sourceConfig, BigDecimal finalScore,
			String scoreReason, Instant createdAt, Set<CheckIn> checkIns, Long version) {
		this.id = id;
		this.objectiveId = objectiveId;
		this.statement = statement;
		this.unit = unit;
		this.baseline = baseline;
		this.target = target;
		this.direction = direction;
		this.currentValue = currentValue;
		this.sourceKind = sourceKind;
		this.sourceConfig = sourceConfig;
		this.finalScore = finalScore;
		this.scoreReason = scoreReason;
		this.createdAt = createdAt;
		this.checkIns = new HashSet<>(checkIns == null ? Set.of() : checkIns);
		this.version = version;
	}

	/** A new key result starts at its baseline unless a current value is given. */
	static KeyResult create(ObjectiveId objective, KeyResultDetails details, Instant now) {
		var keyResult = new KeyResult(UUID.randomUUID(), objective.value(), null, null, null, null, null, null, null,
				null, null, null, now, Set.of(), null);
		keyResult.change(details);
		return keyResult;
	}

	void change(KeyResultDetails details) {
		var measure = details.measure();
		this.statement = details.statement();
		this.unit = measure.unit();
		this.baseline = measure.baseline();
		this.target = measure.target();
		this.direction = measure.direction();
		if (details.currentValue() != null) {
			measure.checkValue(details.currentValue(), "currentValue");
			this.currentValue = details.currentValue();
		}
		else if (this.currentValue == null) {
			this.currentValue = measure.baseline();
		}
		this.sourceKind = details.source().kind();
		this.sourceConfig = details.source().config();
		this.finalScore = null;
		this.scoreReason = null;
	}

	/**
	 * Records the check-in of {@code month}, which must be a month of the quarter
	 * ({@code quarterMonths}) and not after {@code thisMonth}. Replaces an earlier
	 * check-in of the same month; the current value becomes the latest month's value.
	 * @return the check-in it replaced, if any
	 */
	Optional<CheckIn> checkIn(YearMonth month, List<YearMonth> quarterMonths, YearMonth thisMonth, BigDecimal value,
			Confidence confidence, String comment, Instant now) {
		if (month == null) {
			throw new InvalidInputException("month", "is required");
		}
		if (!quarterMonths.contains(month)) {
			throw new InvalidInputException("month", "must be a month of the objective's quarter ("
					+ quarterMonths.get(0) + " to " + quarterMonths.get(quarterMonths.size() - 1) + ")");
		}
		if (month.isAfter(thisMonth)) {
			throw new InvalidInputException("month", "cannot be in the future");
		}
		measure().checkValue(value, "value");
		if (comment != null && comment.strip().length() > MAX_TEXT) {
			throw new InvalidInputException("comment", "must be at most " + MAX_TEXT + " characters");
		}
		var label = month.toString();
		var previous = checkIns.stream().filter(c -> c.checkInMonth().equals(label)).findFirst();
		previous.ifPresent(checkIns::remove);
		checkIns.add(new CheckIn(label, value, confidence.level(), confidence.score(),
				comment == null || comment.isBlank() ? null : comment.strip(), now));
		currentValue = latestCheckIn().map(CheckIn::checkValue).orElse(value);
		return previous;
	}

	/** Records a value measured by the key result's source (not a person's check-in). */
	void measured(BigDecimal value) {
		measure().checkValue(value, "value");
		currentValue = value;
	}

	/**
	 * The score proposed from progress, rounded to two decimals, for the closing flow.
	 */
	BigDecimal proposedScore() {
		return BigDecimal.valueOf(progress()).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Sets the final score: the proposal when {@code score} is null, else the given score
	 * (0–1), which needs a written reason when it differs from the proposal.
	 */
	void score(BigDecimal score, String reason) {
		if (score == null) {
			finalScore = proposedScore();
			scoreReason = null;
			return;
		}
		if (score.compareTo(BigDecimal.ZERO) < 0 || score.compareTo(BigDecimal.ONE) > 0) {
			throw new InvalidInputException("score", "must be between 0.0 and 1.0");
		}
		var adjusted = score.compareTo(proposedScore()) != 0;
		if (adjusted && (reason == null || reason.isBlank())) {
			throw new InvalidInputException("reason",
					"is required when the score differs from the proposed " + proposedScore());
		}
		if (reason != null && reason.strip().length() > MAX_TEXT) {
			throw new InvalidInputException("reason", "must be at most " + MAX_TEXT + " characters");
		}
		finalScore = score.setScale(2, RoundingMode.HALF_UP);
		scoreReason = adjusted ? reason.strip() : null;
	}

	double progress() {
		return measure().progressOf(currentValue);
	}

	Measure measure() {
		return new Measure(unit, baseline, target, direction);
	}

	KeyResultSource source() {
		return KeyResultSource.of(sourceKind, sourceConfig);
	}

	Optional<CheckIn> latestCheckIn() {
		return checkIns.stream().max(Comparator.comparing(CheckIn::checkInMonth));
	}

	boolean hasCheckIn(YearMonth month) {
		return checkIns.stream().anyMatch(c -> c.checkInMonth().equals(month.toString()));
	}

	/** Check-ins in month order. */
	List<CheckIn> checkIns() {
		return checkIns.stream().sorted(Comparator.comparing(CheckIn::checkInMonth)).toList();
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	KeyResultId id() {
		return new KeyResultId(id);
	}

	ObjectiveId objectiveId() {
		return new ObjectiveId(objectiveId);
	}

	String statement() {
		return statement;
	}

	BigDecimal currentValue() {
		return currentValue;
	}

	BigDecimal finalScore() {
		return finalScore;
	}

	String scoreReason() {
		return scoreReason;
	}

	Instant createdAt() {
		return createdAt;
	}

	Long version() {
		return version;
	}

	String describe() {
		return statement + " (" + unit + " " + baseline.toPlainString() + " → " + target.toPlainString() + ", now "
				+ currentValue.toPlainString()
				+ (source() instanceof KeyResultSource.Manual ? "" : ", from " + source().id()) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KeyResult k && k.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

}
