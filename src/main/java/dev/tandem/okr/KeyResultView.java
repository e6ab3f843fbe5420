package dev.tandem.okr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.tandem.shared.Quarter;

/**
 * A key result as pages and the API show it: its measure, current value, computed
 * progress (0–1), latest confidence, closing scores and check-ins in month order, with
 * the objective's quarter and its first and last day (for charts). {@code sourceKind} and
 * {@code sourceConfig} say where the value comes from (see {@link KeyResultSource}).
 */
public record KeyResultView(KeyResultId id, ObjectiveId objectiveId, String objectiveTitle,
		ObjectiveState objectiveState, Quarter quarter, LocalDate quarterStart, LocalDate quarterEnd, String statement,
		KeyResultUnit unit, BigDecimal baseline, BigDecimal target, Direction direction, BigDecimal currentValue,
		double progress, String sourceKind, String sourceConfig, ConfidenceLevel confidence, Integer confidenceScore,
		BigDecimal proposedScore, BigDecimal finalScore, String scoreReason, List<CheckInView> checkIns, long version) {

	/**
	 * Check-in values for the chart, as {@code yyyy-mm-dd=value} joined by {@code ;},
	 * each at the last day of its month.
	 */
	public String chartPoints() {
		return String.join(";",
				checkIns.stream()
					.map(c -> c.month().atEndOfMonth() + "=" + c.value().stripTrailingZeros().toPlainString())
					.toList());
	}

	/**
	 * The confidence as a colour name for pages: success, warning, danger or secondary.
	 */
	public String confidenceColour() {
		if (confidence == null) {
			return "secondary";
		}
		return switch (confidence) {
			case ON_TRACK -> "success";
			case AT_RISK -> "warning";
			case OFF_TRACK -> "danger";
		};
	}

	/** The source as forms and the API name it ({@link KeyResultSource#id()}). */
	public String source() {
		return sourceConfig == null ? sourceKind : sourceKind + ":" + sourceConfig;
	}

	/** Whether the value is measured by a module rather than typed in check-ins. */
	public boolean measured() {
		return !KeyResultSource.Manual.KIND.equals(sourceKind);
	}

	/** Progress as a whole percentage, for progress bars. */
	public int progressPercent() {
		return (int) Math.round(progress * 100);
	}

	/**
	 * Whether the final score was changed from the proposal (and so carries a reason).
	 */
	public boolean scoreAdjusted() {
		return scoreReason != null;
	}

}
