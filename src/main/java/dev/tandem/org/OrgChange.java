package dev.tandem.org;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the organisation's timeline. {@code date} is when a hat change takes
 * effect, or the day other changes were recorded ({@code recordedAt}, null for hats).
 * {@code person}, {@code team} and {@code group} are whoever and whatever the change is
 * about (null when not applicable; a deleted team keeps its id and last name).
 * {@code hats} are the hats started or ended (CTO and CPO together when {@code cpto});
 * {@code before} and {@code after} hold what changed: names for renames and duos, a
 * {@link TeamKind} code for a kind change, an allocation percentage for members.
 */
public record OrgChange(OrgChangeKind kind, LocalDate date, Instant recordedAt, PersonRef person, TeamRef team,
		GroupRef group, List<HatKind> hats, boolean cpto, String before, String after) {

	public OrgChange {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(date, "date");
		hats = hats == null ? List.of() : List.copyOf(hats);
	}

	public YearMonth month() {
		return YearMonth.from(date);
	}

	/** Whether it is about the person, as the one changing hats, joining, or in a duo. */
	public boolean concerns(PersonId id) {
		return person != null && person.id().equals(id);
	}

	public boolean concerns(TeamId id) {
		return team != null && team.id().equals(id);
	}

}
