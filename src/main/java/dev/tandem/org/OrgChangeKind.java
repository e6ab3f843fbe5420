package dev.tandem.org;

/**
 * What changed in the organisation. Hat changes are dated by when they take effect; the
 * others by when they were recorded. Labels live in the message bundle as
 * {@code org.change.<NAME>}.
 */
public enum OrgChangeKind {

	HAT_STARTED(Category.HATS), HAT_ENDED(Category.HATS),

	TEAM_CREATED(Category.TEAMS), TEAM_RENAMED(Category.TEAMS), TEAM_KIND_CHANGED(Category.TEAMS),
	TEAM_CHANGED(Category.TEAMS), TEAM_DELETED(Category.TEAMS),

	PRODUCT_MANAGER_CHANGED(Category.DUOS), LEAD_DEVELOPER_CHANGED(Category.DUOS),
	PRODUCT_DIRECTOR_CHANGED(Category.DUOS), ENGINEERING_MANAGER_CHANGED(Category.DUOS),

	MEMBER_JOINED(Category.MEMBERS), MEMBER_LEFT(Category.MEMBERS), MEMBER_CHANGED(Category.MEMBERS),

	GROUP_CREATED(Category.GROUPS), GROUP_RENAMED(Category.GROUPS), GROUP_CHANGED(Category.GROUPS);

	/** The kinds of change a reader filters on. */
	public enum Category {

		HATS, TEAMS, DUOS, MEMBERS, GROUPS

	}

	private final Category category;

	OrgChangeKind(Category category) {
		this.category = category;
	}

	public Category category() {
		return category;
	}

	/**
	 * Whether the date is when the change takes effect (hats) rather than when it was
	 * recorded.
	 */
	public boolean effectiveDated() {
		return category == Category.HATS;
	}

}
