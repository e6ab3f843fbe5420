package dev.tandem.okr;

import java.math.BigDecimal;

/**
 * Whether a key result succeeds by going up or down; derived from baseline and target.
 */
public enum Direction {

	INCREASE, DECREASE;

	static Direction from(BigDecimal baseline, BigDecimal target) {
		return target.compareTo(baseline) > 0 ? INCREASE : DECREASE;
	}

}
