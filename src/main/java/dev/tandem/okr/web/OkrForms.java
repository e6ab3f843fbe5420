package dev.tandem.okr.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.tandem.okr.CheckInDraft;
import dev.tandem.okr.CheckIns.CheckInEntry;
import dev.tandem.okr.Confidence;
import dev.tandem.okr.ConfidenceLevel;
import dev.tandem.okr.KeyResultDetails;
import dev.tandem.okr.KeyResultSource;
import dev.tandem.okr.KeyResultUnit;
import dev.tandem.okr.KeyResultView;
import dev.tandem.okr.Measure;
import dev.tandem.okr.ObjectiveDetails;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.okr.ObjectiveLevel;
import dev.tandem.okr.ObjectiveView;
import dev.tandem.org.GroupId;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;
import dev.tandem.shared.Quarter;

/**
 * The OKR forms as typed (text, so a form re-shows exactly what the user entered) and
 * their conversion to the module's values, collecting every field error at once.
 */
final class OkrForms {

	private OkrForms() {
	}

	record ObjectiveForm(String title, String why, String quarter, String level, String ownerId, String teamId,
			String groupId, String parentId, String version) {

		static ObjectiveForm empty(Quarter quarter, String ownerId) {
			return new ObjectiveForm("", "", quarter.label(), "TEAM", ownerId == null ? "" : ownerId, "", "", "", "");
		}

		static ObjectiveForm of(ObjectiveView o) {
			return new ObjectiveForm(o.title(), o.why() == null ? "" : o.why(), o.quarter().label(), o.level().name(),
					text(o.ownerId()), text(o.teamId()), text(o.groupId()), text(o.parentId()),
					String.valueOf(o.version()));
		}

		ObjectiveDetails details() {
			var errors = new ArrayList<FieldError>();
			var q = collect(errors, () -> blank(quarter) ? null : Quarter.of(quarter));
			var l = collect(errors, () -> enumOf(ObjectiveLevel.class, level, "level"));
			var owner = collect(errors, () -> uuid(ownerId, "ownerId"));
			var team = collect(errors, () -> uuid(teamId, "teamId"));
			var group = collect(errors, () -> uuid(groupId, "groupId"));
			var parent = collect(errors, () -> uuid(parentId, "parentId"));
			// A level change leaves the other unit's choice behind in the form; ignore
			// it.
			if (l != null && l != ObjectiveLevel.TEAM) {
				team = null;
			}
			if (l != null && l != ObjectiveLevel.GROUP) {
				group = null;
			}
			var t = team;
			var g = group;
			var details = collect(errors,
					() -> new ObjectiveDetails(title, why, q, l, owner == null ? null : new PersonId(owner),
							t == null ? null : new TeamId(t), g == null ? null : new GroupId(g),
							parent == null ? null : new ObjectiveId(parent)));
			throwIfAny(errors);
			return details;
		}
	}

	record KeyResultForm(String statement, String unit, String baseline, String target, String currentValue,
			String source, String version) {

		static KeyResultForm empty() {
			return new KeyResultForm("", "NUMBER", "", "", "", KeyResultSource.Manual.KIND, "");
		}

		static KeyResultForm of(KeyResultView k) {
			return new KeyResultForm(k.statement(), k.unit().name(), k.baseline().stripTrailingZeros().toPlainString(),
					k.target().stripTrailingZeros().toPlainString(),
					k.currentValue().stripTrailingZeros().toPlainString(), k.source(), String.valueOf(k.version()));
		}

		KeyResultDetails details() {
			var errors = new ArrayList<FieldError>();
			var u = collect(errors, () -> enumOf(KeyResultUnit.class, unit, "unit"));
			var b = collect(errors, () -> decimal(baseline, "baseline", true));
			var t = collect(errors, () -> decimal(target, "target", true));
			var c = collect(errors, () -> decimal(currentValue, "currentValue", false));
			var s = collect(errors, () -> KeyResultSource.parse(source));
			var measure = errors.isEmpty() ? collect(errors, () -> Measure.of(u, b, t)) : null;
			if (measure == null) {
				if (blank(statement)) {
					errors.add(new FieldError("statement", "is required"));
				}
				throwIfAny(errors);
			}
			var details = collect(errors, () -> new KeyResultDetails(statement, measure, c, s));
			throwIfAny(errors);
			return details;
		}
	}

	record CheckInForm(String month, String value, String confidence, String confidenceScore, String comment) {

		static CheckInForm empty(String month) {
			return new CheckInForm(month, "", "ON_TRACK", "7", "");
		}

		/** The form as a check-in draft fills it: value (when drafted) and confidence. */
		static CheckInForm drafted(CheckInDraft draft) {
			return new CheckInForm(draft.month().toString(),
					draft.value() == null ? "" : draft.value().stripTrailingZeros().toPlainString(),
					draft.confidence().level().name(), String.valueOf(draft.confidence().score()), "");
		}

		static CheckInForm prefilled(String month, BigDecimal value) {
			return new CheckInForm(month, value.stripTrailingZeros().toPlainString(), "ON_TRACK", "7", "");
		}

		CheckInEntry entry() {
			var errors = new ArrayList<FieldError>();
			var m = collect(errors, () -> OkrRequests.month(month));
			var v = collect(errors, () -> decimal(value, "value", true));
			var level = collect(errors, () -> enumOf(ConfidenceLevel.class, confidence, "confidence"));
			var score = collect(errors, () -> integer(confidenceScore, "confidenceScore"));
			var c = score == null ? null : collect(errors, () -> new Confidence(level, score));
			throwIfAny(errors);
			return new CheckInEntry(m, v, c, comment);
		}
	}

	record ScoreForm(String score, String reason) {

		BigDecimal value() {
			return decimal(score, "score", false);
		}
	}

	record SettingsForm(String fiscalYearFirstMonth, String version) {
	}

	/** Field → message in the reader's language, through the one shared mechanism. */
	static Map<String, String> errorsOf(InvalidInputException e, org.springframework.context.MessageSource messages) {
		return dev.tandem.shared.web.FieldErrorMessages
			.of(e, messages, org.springframework.context.i18n.LocaleContextHolder.getLocale())
			.byField();
	}

	static Long version(String text) {
		if (blank(text)) {
			throw new InvalidInputException("version", "is required");
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("version", "is not a number");
		}
	}

	static Integer integer(String text, String field) {
		if (blank(text)) {
			throw new InvalidInputException(field, "is required");
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "must be a whole number");
		}
	}

	static BigDecimal decimal(String text, String field, boolean required) {
		if (blank(text)) {
			if (required) {
				throw new InvalidInputException(field, "is required");
			}
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.').replace(" ", ""));
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "must be a number");
		}
	}

	static UUID uuid(String text, String field) {
		if (blank(text)) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "is not a valid choice");
		}
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
		if (blank(text)) {
			throw new InvalidInputException(field, "is required");
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "is not a valid choice");
		}
	}

	static <T> T collect(List<FieldError> errors, Supplier<T> conversion) {
		try {
			return conversion.get();
		}
		catch (InvalidInputException e) {
			errors.addAll(e.errors());
			return null;
		}
	}

	private static void throwIfAny(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String text(Object id) {
		return id == null ? "" : id.toString();
	}

}
