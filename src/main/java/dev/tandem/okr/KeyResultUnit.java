package dev.tandem.okr;

/**
 * How a key result is measured. NUMBER, PERCENT and CURRENCY progress linearly from
 * baseline to target; YES_NO is 0 (no) or 1 (yes); MILESTONE counts milestones reached,
 * from the baseline count to the target count.
 */
public enum KeyResultUnit {

	NUMBER, PERCENT, CURRENCY, YES_NO, MILESTONE

}
