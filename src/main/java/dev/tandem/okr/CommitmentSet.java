package dev.tandem.okr;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;

/**
 * What one team commits to for one quarter, next to its capacity. It is <em>agreed</em>
 * only while both sides of the duo have signed its current content: any change to the
 * commitments or the capacity voids the signatures, so what was agreed is always what is
 * on the page.
 */
@Table("okr_commitment_set")
class CommitmentSet {

	static final BigDecimal MAX_CAPACITY = new BigDecimal("100000");

	@Id
	private final UUID id;

	private final UUID teamId;

	private final String quarter;

	private EffortUnit unit;

	private BigDecimal capacity;

	@MappedCollection(idColumn = "set_id", keyColumn = "position")
	private List<Commitment> commitments;

	@MappedCollection(idColumn = "set_id", keyColumn = "position")
	private List<Signature> signatures;

	@Version
	private Long version;

	@PersistenceCreator
	CommitmentSet(UUID id, UUID teamId, String quarter, EffortUnit unit, BigDecimal capacity,
			List<Commitment> commitments, List<Signature> signatures, Long version) {
		this.id = id;
		this.teamId = teamId;
		this.quarter = quarter;
		this.unit = unit;
		this.capacity = capacity;
		this.commitments = new ArrayList<>(commitments == null ? List.of() : commitments);
		this.signatures = new ArrayList<>(signatures == null ? List.of() : signatures);
		this.version = version;
	}

	static CommitmentSet open(UUID teamId, String quarter, EffortUnit unit, BigDecimal capacity) {
		checkCapacity(unit, capacity);
		return new CommitmentSet(UUID.randomUUID(), teamId, quarter, unit, capacity, List.of(), List.of(), null);
	}

	/**
	 * Commitments are estimated in the team's unit; capacity may be zero but not
	 * negative.
	 */
	private static void checkCapacity(EffortUnit unit, BigDecimal capacity) {
		if (unit == null) {
			throw new InvalidInputException("unit", "is required");
		}
		if (capacity == null) {
			throw new InvalidInputException("capacity", "is required");
		}
		if (capacity.signum() < 0 || capacity.compareTo(MAX_CAPACITY) > 0) {
			throw new InvalidInputException("capacity", "must be between 0 and " + MAX_CAPACITY);
		}
		if (capacity.scale() > 2) {
			throw new InvalidInputException("capacity", "must have at most two decimals");
		}
	}

	/** Returns true when the change voided an agreement or a signature. */
	boolean changeCapacity(EffortUnit newUnit, BigDecimal newCapacity) {
		checkCapacity(newUnit, newCapacity);
		if (newUnit == unit && newCapacity.compareTo(capacity) == 0) {
			return false;
		}
		unit = newUnit;
		capacity = newCapacity;
		return voidSignatures();
	}

	UUID add(CommitmentDetails details) {
		var commitment = Commitment.of(UUID.randomUUID(), details);
		commitments.add(commitment);
		voidSignatures();
		return commitment.id();
	}

	void change(UUID commitmentId, CommitmentDetails details) {
		var index = indexOf(commitmentId);
		commitments.set(index, Commitment.of(commitmentId, details));
		voidSignatures();
	}

	void remove(UUID commitmentId) {
		commitments.remove(indexOf(commitmentId));
		voidSignatures();
	}

	/**
	 * Records a side's signature on the current content. Signing again replaces the
	 * side's earlier signature. An empty set cannot be agreed: there would be nothing to
	 * hold the team to.
	 */
	void sign(CommitmentSide side, UUID personId, String signedBy, boolean onBehalf, Instant now) {
		if (commitments.isEmpty()) {
			throw new InvalidInputException("commitments", "add at least one commitment before signing");
		}
		signatures.removeIf(s -> s.side() == side);
		signatures.add(new Signature(side, personId, signedBy, onBehalf, now));
	}

	/** Clears every signature; true when there was one to clear. */
	private boolean voidSignatures() {
		var hadAny = !signatures.isEmpty();
		signatures.clear();
		return hadAny;
	}

	boolean agreed() {
		return signed(CommitmentSide.PRODUCT).isPresent() && signed(CommitmentSide.ENGINEERING).isPresent();
	}

	Optional<Signature> signed(CommitmentSide side) {
		return signatures.stream().filter(s -> s.side() == side).findFirst();
	}

	BigDecimal load() {
		return commitments.stream().map(Commitment::estimate).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private int indexOf(UUID commitmentId) {
		for (int i = 0; i < commitments.size(); i++) {
			if (commitments.get(i).id().equals(commitmentId)) {
				return i;
			}
		}
		throw new NotFoundException("commitment", commitmentId);
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	UUID id() {
		return id;
	}

	UUID teamId() {
		return teamId;
	}

	String quarter() {
		return quarter;
	}

	EffortUnit unit() {
		return unit;
	}

	BigDecimal capacity() {
		return capacity;
	}

	List<Commitment> commitments() {
		return List.copyOf(commitments);
	}

	List<Signature> signatures() {
		return List.copyOf(signatures);
	}

	long version() {
		return version == null ? 0 : version;
	}

	@Table("okr_commitment")
	record Commitment(UUID id, String title, UUID objectiveId, UUID roadmapItemId, BigDecimal estimate) {

		static Commitment of(UUID id, CommitmentDetails details) {
			return new Commitment(id, details.title(),
					details.objectiveId() == null ? null : details.objectiveId().value(), details.roadmapItemId(),
					details.estimate());
		}

		@Override
		public String toString() {
			return title + " (" + estimate.stripTrailingZeros().toPlainString() + ")";
		}
	}

	/**
	 * Who signed for a side; {@code onBehalf} when an administrator signed for a side
	 * they do not hold.
	 */
	@Table("okr_commitment_signature")
	record Signature(CommitmentSide side, UUID personId, String signedBy, boolean onBehalf, Instant signedAt) {
	}

}
