package dev.tandem.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields separated by commas, records by CRLF or LF; a quoted
 * field may hold commas, line breaks and doubled quotes ({@code ""} for one quote). A
 * leading byte order mark is dropped; blank lines are skipped.
 */
final class Csv {

	private Csv() {
	}

	/** Thrown when a quoted field never ends. */
	static final class MalformedCsvException extends RuntimeException {

		MalformedCsvException(String message) {
			super(message);
		}

	}

	static List<List<String>> parse(String text) {
		var records = new ArrayList<List<String>>();
		if (text == null) {
			return records;
		}
		int i = text.startsWith("\uFEFF") ? 1 : 0;
		int n = text.length();
		var record = new ArrayList<String>();
		var field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		while (i < n) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
						continue;
					}
					quoted = false;
				}
				else {
					field.append(c);
				}
				i++;
				continue;
			}
			if (c == '"' && field.isEmpty() && !fieldStarted) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				end(records, record, field, fieldStarted);
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
			i++;
		}
		if (quoted) {
			throw new MalformedCsvException("a quoted field is not closed");
		}
		end(records, record, field, fieldStarted);
		return records;
	}

	private static void end(List<List<String>> records, List<String> record, StringBuilder field,
			boolean fieldStarted) {
		if (record.isEmpty() && field.isEmpty() && !fieldStarted) {
			return; // a blank line
		}
		record.add(field.toString());
		records.add(List.copyOf(record));
	}

}
