package dev.tandem.okr.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import dev.tandem.okr.CheckIns.CheckInEntry;
import dev.tandem.okr.Confidence;
import dev.tandem.okr.ConfidenceLevel;
import dev.tandem.okr.Direction;
import dev.tandem.okr.KeyResultDetails;
import dev.tandem.okr.KeyResultSource;
import dev.tandem.okr.KeyResultUnit;
import dev.tandem.okr.Measure;
import dev.tandem.okr.ObjectiveDetails;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.okr.ObjectiveLevel;
import dev.tandem.org.GroupId;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;

/**
 * Request bodies of the OKR API, turned into the module's own values (which validate
 * themselves) in one place.
 */
final class OkrRequests {

	private OkrRequests() {
	}

	record ObjectiveRequest(String title, String why, String quarter, ObjectiveLevel level, UUID ownerId, UUID teamId,
			UUID groupId, UUID parentId, Long version) {

		ObjectiveDetails details() {
			return new ObjectiveDetails(title, why, quarter == null ? null : Quarter.of(quarter), level,
					ownerId == null ? null : new PersonId(ownerId), teamId == null ? null : new TeamId(teamId),
					groupId == null ? null : new GroupId(groupId), parentId == null ? null : new ObjectiveId(parentId));
		}
	}

	record VersionRequest(Long version) {
	}

	record KeyResultRequest(String statement, KeyResultUnit unit, BigDecimal baseline, BigDecimal target,
			Direction direction, BigDecimal currentValue, String source, Long version) {

		KeyResultDetails details() {
			var measure = new Measure(unit, baseline, target, direction);
			return new KeyResultDetails(statement, measure, currentValue, KeyResultSource.parse(source));
		}
	}

	record CheckInRequest(String month, BigDecimal value, ConfidenceLevel confidence, Integer confidenceScore,
			String comment) {

		CheckInEntry entry() {
			if (confidenceScore == null) {
				throw new InvalidInputException("confidenceScore", "is required");
			}
			return new CheckInEntry(OkrRequests.month(month), value, new Confidence(confidence, confidenceScore),
					comment);
		}
	}

	record ScoreRequest(BigDecimal score, String reason) {
	}

	record SettingsRequest(Integer fiscalYearFirstMonth, Long version) {
	}

	record ClosedQuarter(String quarter, int closedObjectives) {
	}

	static long version(Long version) {
		if (version == null) {
			throw new InvalidInputException("version", "is required");
		}
		return version;
	}

	static YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			throw new InvalidInputException("month", "is required");
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("month", "must look like 2026-10");
		}
	}

}
