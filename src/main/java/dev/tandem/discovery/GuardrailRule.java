package dev.tandem.discovery;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.tandem.org.HatKind;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/**
 * The evidence guardrail, the head of UX's counter-power: when enabled, a roadmap item
 * may go into Now only with at least {@code minimumInsights} supporting insights, or
 * (when {@code validatedExperimentSuffices}) one validated experiment, unless someone
 * wearing one of the {@code overrideHats} overrides it with a reason.
 */
public record GuardrailRule(boolean enabled, int minimumInsights, boolean validatedExperimentSuffices,
		Set<HatKind> overrideHats) {

	public static final int MAX_MINIMUM = 100;

	public static final GuardrailRule DEFAULT = new GuardrailRule(false, 3, true,
			Set.of(HatKind.CPO, HatKind.HEAD_OF_UX));

	public GuardrailRule {
		var errors = new ArrayList<FieldError>();
		if (minimumInsights < 0 || minimumInsights > MAX_MINIMUM) {
			errors.add(FieldError.of("minimumInsights", "must be between {0} and {1}", 0, MAX_MINIMUM));
		}
		if (overrideHats == null) {
			errors.add(new FieldError("overrideHats", "is required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		overrideHats = overrideHats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(overrideHats));
	}

	/** Whether the evidence is enough; always true when the rule is off. */
	public boolean satisfiedBy(RoadmapItemEvidence evidence) {
		return !enabled || evidence.insights().insights() >= minimumInsights
				|| (validatedExperimentSuffices && evidence.validatedExperiments() > 0);
	}

	/** Whether someone wearing one of these hats may override the guardrail. */
	public boolean letsOverride(Set<HatKind> hats) {
		return hats.stream().anyMatch(overrideHats::contains);
	}

	/** The hats allowed to override, in a stable order. */
	public List<HatKind> overrideHatsInOrder() {
		return overrideHats.stream().sorted().toList();
	}

	/**
	 * What is needed and what there is, e.g. "needs at least 3 supporting insights or one
	 * validated experiment; has 1 insight and no validated experiment"; translatable
	 * through its template.
	 */
	public FieldError shortfall(String field, RoadmapItemEvidence evidence) {
		var insights = evidence.insights().insights();
		var validated = evidence.validatedExperiments();
		if (validatedExperimentSuffices) {
			var message = "needs at least " + plural(minimumInsights, "supporting insight", "supporting insights")
					+ " or one validated experiment; has " + plural(insights, "insight", "insights") + " and "
					+ (validated == 0 ? "no validated experiment"
							: plural(validated, "validated experiment", "validated experiments"));
			return new FieldError(field, message,
					"needs at least {0} supporting insights or one validated experiment; has {1} insights and {2} validated experiments",
					List.of(String.valueOf(minimumInsights), String.valueOf(insights), String.valueOf(validated)));
		}
		var message = "needs at least " + plural(minimumInsights, "supporting insight", "supporting insights")
				+ "; has " + plural(insights, "insight", "insights");
		return new FieldError(field, message, "needs at least {0} supporting insights; has {1} insights",
				List.of(String.valueOf(minimumInsights), String.valueOf(insights)));
	}

	private static String plural(int count, String one, String many) {
		return count == 0 ? "no " + one : count == 1 ? "1 " + one : count + " " + many;
	}

}
