package dev.tandem.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.delivery.WorkItemImport.ImportedItem;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;

/**
 * Reads a Jira CSV export ("Export → CSV (all fields)") and imports its issues into a
 * team: first a preview of what maps to what and which rows cannot be read, then the
 * import itself, in one transaction. Row numbers count the header as row 1, as a
 * spreadsheet shows them. Dates are Jira's default {@code 27/Nov/26 9:15 AM} or ISO
 * {@code 2026-11-27 09:15}, read in the zone the user chose.
 */
@Service
public class JiraImport {

	/** The largest export accepted (the multipart limit refuses larger uploads first). */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final List<DateTimeFormatter> DATES = List.of(
			new DateTimeFormatterBuilder().parseCaseInsensitive()
				.appendPattern("d/MMM/yy h:mm a")
				.toFormatter(Locale.US),
			new DateTimeFormatterBuilder().parseCaseInsensitive()
				.appendPattern("d/MMM/yyyy h:mm a")
				.toFormatter(Locale.US),
			DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
			DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT));

	private final WorkItemImport importer;

	JiraImport(WorkItemImport importer) {
		this.importer = importer;
	}

	/** A Jira issue type, how many rows have it and the kind it becomes (null: none). */
	public record TypeMapping(String type, long rows, WorkItemKind kind) {
	}

	/** A Jira status, how many rows have it and the state it becomes (null: none). */
	public record StatusMapping(String status, long rows, WorkflowState state) {
	}

	/**
	 * A row that cannot be imported: its number, its key when it has one, a reason code
	 * ({@code missing-key}, {@code missing-summary}, {@code bad-date},
	 * {@code unknown-type}, {@code unknown-status}, {@code duplicate-key}) and the value
	 * at fault.
	 */
	public record UnreadableRow(int row, String key, String reason, String value) {
	}

	/** What an import would do. */
	public record Preview(int rows, int readable, List<TypeMapping> types, List<StatusMapping> statuses,
			List<UnreadableRow> unreadable) {
	}

	/**
	 * What an import did: items created, updated (always 0: known keys are skipped, see
	 * {@link WorkItemImport}), skipped and rows that could not be read.
	 */
	public record Result(int created, int updated, int skipped, int unreadable) {
	}

	/** What importing {@code csv} with {@code mapping} would do; nothing is stored. */
	public Preview preview(byte[] csv, ZoneId zone, JiraMapping mapping) {
		return read(csv, zone, mapping).preview();
	}

	/** Imports the readable rows of {@code csv} into {@code team}, all or nothing. */
	@Transactional
	public Result importInto(TeamId team, byte[] csv, ZoneId zone, JiraMapping mapping, String actorEmail) {
		if (team == null) {
			throw new InvalidInputException("team", "is required");
		}
		var read = read(csv, zone, mapping);
		var done = importer.importInto(team, read.items(), actorEmail);
		return new Result(done.created(), 0, done.skipped(), read.unreadable().size());
	}

	record Read(int rows, List<ImportedItem> items, Map<String, Long> types, Map<String, Long> statuses,
			JiraMapping mapping, List<UnreadableRow> unreadable) {

		Preview preview() {
			return new Preview(rows, items.size(),
					types.entrySet()
						.stream()
						.map(e -> new TypeMapping(e.getKey(), e.getValue(), mapping.kindOf(e.getKey())))
						.toList(),
					statuses.entrySet()
						.stream()
						.map(e -> new StatusMapping(e.getKey(), e.getValue(), mapping.stateOf(e.getKey())))
						.toList(),
					unreadable);
		}

	}

	static Read read(byte[] csv, ZoneId zone, JiraMapping mapping) {
		if (csv == null || csv.length == 0) {
			throw new InvalidInputException("file", "is required");
		}
		if (csv.length > MAX_BYTES) {
			throw new InvalidInputException("file", "is larger than {0} MB", MAX_BYTES / 1024 / 1024);
		}
		var chosenZone = zone == null ? ZoneId.of("UTC") : zone;
		var chosen = mapping == null ? JiraMapping.defaults() : mapping;
		List<List<String>> records;
		try {
			records = Csv.parse(new String(csv, StandardCharsets.UTF_8));
		}
		catch (Csv.MalformedCsvException e) {
			throw new InvalidInputException("file", "is not a readable CSV file: {0}", e.getMessage());
		}
		if (records.isEmpty()) {
			throw new InvalidInputException("file",
					"is not a Jira CSV export: it has no Issue key and Summary columns");
		}
		var header = new Header(records.get(0));
		if (!header.has("issue key") || !header.has("summary")) {
			throw new InvalidInputException("file",
					"is not a Jira CSV export: it has no Issue key and Summary columns");
		}
		var items = new ArrayList<ImportedItem>();
		var unreadable = new ArrayList<UnreadableRow>();
		var types = new LinkedHashMap<String, Long>();
		var statuses = new LinkedHashMap<String, Long>();
		var keys = new HashMap<String, Integer>();
		for (int r = 1; r < records.size(); r++) {
			int row = r + 1;
			var record = records.get(r);
			var key = header.first(record, "issue key");
			var type = header.first(record, "issue type");
			var status = header.first(record, "status");
			if (!type.isEmpty()) {
				types.merge(type, 1L, Long::sum);
			}
			if (!status.isEmpty()) {
				statuses.merge(status, 1L, Long::sum);
			}
			if (key.isEmpty()) {
				unreadable.add(new UnreadableRow(row, null, "missing-key", null));
				continue;
			}
			if (keys.containsKey(key)) {
				unreadable.add(new UnreadableRow(row, key, "duplicate-key", String.valueOf(keys.get(key))));
				continue;
			}
			keys.put(key, row);
			var summary = header.first(record, "summary");
			if (summary.isBlank()) {
				unreadable.add(new UnreadableRow(row, key, "missing-summary", null));
				continue;
			}
			var kind = chosen.kindOf(type);
			if (kind == null) {
				unreadable.add(new UnreadableRow(row, key, "unknown-type", type));
				continue;
			}
			var state = chosen.stateOf(status);
			if (state == null) {
				unreadable.add(new UnreadableRow(row, key, "unknown-status", status));
				continue;
			}
			Instant created;
			Instant updated;
			Instant resolved;
			try {
				created = date(header.first(record, "created"), chosenZone, true);
				updated = date(header.first(record, "updated"), chosenZone, false);
				resolved = date(header.first(record, "resolved"), chosenZone, false);
			}
			catch (BadDate e) {
				unreadable.add(new UnreadableRow(row, key, "bad-date", e.value));
				continue;
			}
			var parent = header.first(record, "custom field (epic link)");
			if (parent.isEmpty()) {
				parent = header.first(record, "epic link");
			}
			if (parent.isEmpty()) {
				parent = header.first(record, "parent");
			}
			if (parent.isEmpty()) {
				parent = header.first(record, "parent key");
			}
			var labels = new LinkedHashSet<String>();
			for (var label : header.all(record, "labels")) {
				var clean = label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
				if (!clean.isEmpty() && clean.length() <= WorkItemDetails.MAX_LABEL
						&& labels.size() < WorkItemDetails.MAX_LABELS) {
					labels.add(clean);
				}
			}
			var pointsText = header.first(record, "custom field (story points)");
			if (pointsText.isEmpty()) {
				pointsText = header.first(record, "story points");
			}
			if (pointsText.isEmpty()) {
				pointsText = header.first(record, "custom field (story point estimate)");
			}
			Integer points = points(pointsText);
			if (points != null && points < 0) {
				unreadable.add(new UnreadableRow(row, key, "bad-points", pointsText.strip()));
				continue;
			}
			var description = header.first(record, "description");
			items.add(new ImportedItem(key, kind, cut(summary.strip(), WorkItemDetails.MAX_TITLE),
					description.isBlank() ? null : cut(description, WorkItemDetails.MAX_DESCRIPTION), state, created,
					updated, resolved, parent.isEmpty() ? null : parent, labels, points, null));
		}
		return new Read(records.size() - 1, items, types, statuses, chosen, unreadable);
	}

	/**
	 * Story points as whole points (Jira writes {@code 3.0}; halves round up); blank is
	 * null, and -1 means unreadable or outside 0–{@value Estimate#MAX_POINTS}.
	 */
	static Integer points(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			var value = new java.math.BigDecimal(text.strip().replace(',', '.'));
			var whole = value.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
			return whole < 0 || whole > Estimate.MAX_POINTS ? -1 : whole;
		}
		catch (ArithmeticException | NumberFormatException e) {
			return -1;
		}
	}

	/** Reads a Jira date in {@code zone}; blank is null unless {@code required}. */
	static Instant date(String text, ZoneId zone, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				throw new BadDate("");
			}
			return null;
		}
		for (var format : DATES) {
			try {
				return LocalDateTime.parse(text.strip(), format).atZone(zone).toInstant();
			}
			catch (DateTimeParseException e) {
				// try the next format
			}
		}
		throw new BadDate(text.strip());
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	static final class BadDate extends RuntimeException {

		final String value;

		BadDate(String value) {
			super("not a date: " + value, null, false, false);
			this.value = value;
		}

	}

	/** Column positions by lower-cased name; Jira repeats some (Labels, Sprint). */
	private static final class Header {

		private final Map<String, List<Integer>> columns = new HashMap<>();

		Header(List<String> names) {
			for (int i = 0; i < names.size(); i++) {
				columns.computeIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(i);
			}
		}

		boolean has(String name) {
			return columns.containsKey(name);
		}

		String first(List<String> record, String name) {
			for (var value : all(record, name)) {
				if (!value.isBlank()) {
					return value.strip();
				}
			}
			return "";
		}

		List<String> all(List<String> record, String name) {
			var values = new ArrayList<String>();
			for (int i : columns.getOrDefault(name, List.of())) {
				if (i < record.size()) {
					values.add(record.get(i));
				}
			}
			return values;
		}

	}

}
