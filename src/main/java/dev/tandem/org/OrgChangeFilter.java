package dev.tandem.org;

/**
 * Narrows the timeline to one category of change, one person and/or one team; null means
 * any.
 */
public record OrgChangeFilter(OrgChangeKind.Category category, PersonId person, TeamId team) {

	public static OrgChangeFilter none() {
		return new OrgChangeFilter(null, null, null);
	}

	boolean accepts(OrgChange change) {
		return (category == null || change.kind().category() == category) && (person == null || change.concerns(person))
				&& (team == null || change.concerns(team));
	}

}
