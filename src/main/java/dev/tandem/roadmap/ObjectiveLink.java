package dev.tandem.roadmap;

import dev.tandem.okr.ObjectiveId;
import dev.tandem.shared.Quarter;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * An objective a roadmap item serves, with its title and quarter; both are null when the
 * objective no longer exists. In JSON the id and the quarter read as plain text
 * ({@code "2026-Q4"}).
 */
public record ObjectiveLink(@JsonSerialize(using = ToStringSerializer.class) ObjectiveId id, String title,
		@JsonSerialize(using = ToStringSerializer.class) Quarter quarter) {

	public boolean known() {
		return title != null;
	}

}
