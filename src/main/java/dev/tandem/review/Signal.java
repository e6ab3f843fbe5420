package dev.tandem.review;

import java.util.List;

/**
 * Something that needs a decision this month, with its evidence and where to look. The
 * words come from the message bundle ({@code review.signal.<kind>} and
 * {@code review.signal.<kind>.evidence}) filled with {@code args}, so a closed month
 * reads in the reader's language.
 *
 * @param weight how much it needs a decision; signals are listed heaviest first
 */
public record Signal(Kind kind, int weight, List<String> args, String link) {

	public Signal {
		args = List.copyOf(args);
	}

	/**
	 * An argument that is itself a message key (a confidence level, say), so it too reads
	 * in the reader's language.
	 */
	public static String messageArg(String key) {
		return "#" + key;
	}

	/** The title and the evidence in one language. */
	public String title(org.springframework.context.MessageSource messages, java.util.Locale locale) {
		return messages.getMessage(messageKey(), resolved(messages, locale), messageKey(), locale);
	}

	public String evidence(org.springframework.context.MessageSource messages, java.util.Locale locale) {
		return messages.getMessage(evidenceKey(), resolved(messages, locale), evidenceKey(), locale);
	}

	private Object[] resolved(org.springframework.context.MessageSource messages, java.util.Locale locale) {
		return args.stream()
			.map(a -> a != null && a.startsWith("#") ? messages.getMessage(a.substring(1), null, a, locale) : a)
			.toArray();
	}

	public String messageKey() {
		return "review.signal." + kind.code();
	}

	public String evidenceKey() {
		return messageKey() + ".evidence";
	}

	/** The kinds of signal, each a question the review asks of the month. */
	public enum Kind {

		/** A key result behind the time elapsed whose owner is not confident. */
		KEY_RESULT_AT_RISK,

		/** A feature shipped whose window passed, or is passing, without its adoption. */
		SHIPPED_NOT_ADOPTED,

		/** A team unlikely to finish its agreed commitments this quarter. */
		COMMITMENT_AT_RISK,

		/** A team spending more on debt than its budget. */
		OVER_DEBT_BUDGET,

		/** A team whose finished work mostly served no current objective. */
		UNALIGNED_WORK,

		/** A feature that needs several teams to ship. */
		CROSS_TEAM_FEATURE,

		/** Work that went ahead without the evidence the guardrail asks for. */
		GUARDRAIL_OVERRIDDEN,

		/** Key results nobody checked in on this month. */
		MISSING_CHECK_INS,

		/** A team missing a skill it needs or half of its duo. */
		TEAM_GAP,

		/** A team estimating without QA most of the time. */
		ESTIMATES_WITHOUT_QA;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
