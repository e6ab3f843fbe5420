package dev.tandem.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/**
 * How a key result is measured: unit, baseline and target. The direction follows from
 * baseline and target (target above baseline: INCREASE); a direction given by the caller
 * must agree. Progress is computed from a value, never typed: see
 * {@link #progressOf(BigDecimal)} and docs/decisions/0009-okr-progress-and-sources.md.
 */
public record Measure(KeyResultUnit unit, BigDecimal baseline, BigDecimal target, Direction direction) {

	public Measure {
		var errors = new ArrayList<FieldError>();
		if (unit == null) {
			errors.add(new FieldError("unit", "is required"));
		}
		if (baseline == null) {
			errors.add(new FieldError("baseline", "is required"));
		}
		if (target == null) {
			errors.add(new FieldError("target", "is required"));
		}
		if (errors.isEmpty()) {
			if (target.compareTo(baseline) == 0) {
				errors.add(new FieldError("target", "must differ from the baseline"));
			}
			else {
				var derived = Direction.from(baseline, target);
				if (direction != null && direction != derived) {
					errors.add(new FieldError("direction", "must be " + derived + " for a target "
							+ (derived == Direction.INCREASE ? "above" : "below") + " the baseline"));
				}
				direction = derived;
			}
			if (unit == KeyResultUnit.YES_NO && (!isZeroOrOne(baseline) || !isZeroOrOne(target))) {
				errors.add(new FieldError("target", "a yes/no key result goes from 0 to 1 (or 1 to 0)"));
			}
			if (unit == KeyResultUnit.MILESTONE && (!isWholeNonNegative(baseline) || !isWholeNonNegative(target))) {
				errors.add(new FieldError("target", "milestones are counted in whole numbers"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	public static Measure of(KeyResultUnit unit, BigDecimal baseline, BigDecimal target) {
		return new Measure(unit, baseline, target, null);
	}

	/**
	 * Progress from baseline towards target, between 0 and 1. Linear for every unit but
	 * YES_NO, which is 1 once the target is reached and 0 before; for MILESTONE the
	 * values are counts of milestones, so progress is the share reached. Values beyond
	 * the target give 1, values on the wrong side of the baseline give 0.
	 */
	public double progressOf(BigDecimal current) {
		if (current == null) {
			return 0;
		}
		if (unit == KeyResultUnit.YES_NO) {
			var reached = direction == Direction.INCREASE ? current.compareTo(target) >= 0
					: current.compareTo(target) <= 0;
			return reached ? 1 : 0;
		}
		var share = current.subtract(baseline).divide(target.subtract(baseline), 6, RoundingMode.HALF_EVEN);
		return Math.max(0, Math.min(1, share.doubleValue()));
	}

	/**
	 * Checks a value recorded for this measure: yes/no takes 0 or 1, milestones count.
	 */
	void checkValue(BigDecimal value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "is required");
		}
		if (unit == KeyResultUnit.YES_NO && !isZeroOrOne(value)) {
			throw new InvalidInputException(field, "must be 0 (no) or 1 (yes)");
		}
		if (unit == KeyResultUnit.MILESTONE && !isWholeNonNegative(value)) {
			throw new InvalidInputException(field, "must be a whole number of milestones");
		}
	}

	private static boolean isZeroOrOne(BigDecimal value) {
		return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
	}

	private static boolean isWholeNonNegative(BigDecimal value) {
		return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
	}

}
