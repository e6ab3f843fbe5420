package dev.tandem.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.Quarter;

/**
 * A team's commitments for a quarter as pages and the API show them: load against
 * capacity and who signed. {@code exists} is false while nothing has been planned yet.
 */
public record CommitmentSetView(TeamId teamId, String teamName, Quarter quarter, EffortUnit unit, BigDecimal capacity,
		BigDecimal load, List<CommitmentView> commitments, SignatureView product, SignatureView engineering,
		boolean agreed, boolean exists, long version) {

	/**
	 * Load as a share of capacity, e.g. 115 when over; 0 when there is no capacity and no
	 * load.
	 */
	public int loadPercent() {
		if (capacity.signum() == 0) {
			return load.signum() == 0 ? 0 : 999;
		}
		return load.multiply(BigDecimal.valueOf(100)).divide(capacity, 0, RoundingMode.HALF_UP).intValue();
	}

	public boolean overCapacity() {
		return load.compareTo(capacity) > 0;
	}

	/**
	 * One signature short, or none yet: what the page shows while the set is not agreed.
	 */
	public boolean awaitingSignatures() {
		return exists && !agreed;
	}

	public record CommitmentView(UUID id, String title, ObjectiveId objectiveId, String objectiveTitle,
			UUID roadmapItemId, String roadmapItemTitle, BigDecimal estimate) {
	}

	public record SignatureView(CommitmentSide side, PersonId personId, String signedBy, boolean onBehalf,
			Instant signedAt) {
	}

}
