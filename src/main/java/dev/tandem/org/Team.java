package dev.tandem.org;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A team with its needed skills, its members and its duo. Knows which warnings its shape
 * raises.
 */
@Table("org_team")
class Team {

	@Id
	private final UUID id;

	private String name;

	private String nameKey;

	private String mission;

	private TeamKind kind;

	private UUID productManagerId;

	private UUID leadDeveloperId;

	private UUID groupId;

	@MappedCollection(idColumn = "team_id")
	private Set<NeededSkill> neededSkills;

	@MappedCollection(idColumn = "team_id")
	private Set<Membership> members;

	@Version
	private Long version;

	@PersistenceCreator
	Team(UUID id, String name, String nameKey, String mission, TeamKind kind, UUID productManagerId,
			UUID leadDeveloperId, UUID groupId, Set<NeededSkill> neededSkills, Set<Membership> members, Long version) {
		this.id = id;
		this.name = name;
		this.nameKey = nameKey;
		this.mission = mission;
		this.kind = kind;
		this.productManagerId = productManagerId;
		this.leadDeveloperId = leadDeveloperId;
		this.groupId = groupId;
		this.neededSkills = new HashSet<>(neededSkills == null ? Set.of() : neededSkills);
		this.members = new HashSet<>(members == null ? Set.of() : members);
		this.version = version;
	}

	static Team create(TeamDetails details) {
		var team = new Team(UUID.randomUUID(), null, null, null, null, null, null, null, Set.of(), Set.of(), null);
		team.change(details);
		return team;
	}

	static String keyOf(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	void change(TeamDetails details) {
		this.name = details.name();
		this.nameKey = keyOf(details.name());
		this.mission = details.mission();
		this.kind = details.kind();
		this.productManagerId = details.productManagerId() == null ? null : details.productManagerId().value();
		this.leadDeveloperId = details.leadDeveloperId() == null ? null : details.leadDeveloperId().value();
		this.groupId = details.groupId() == null ? null : details.groupId().value();
		this.neededSkills = details.neededSkills()
			.stream()
			.map(s -> new NeededSkill(s.code()))
			.collect(Collectors.toCollection(HashSet::new));
	}

	/**
	 * Adds the person, or changes their skills and allocation when they are already a
	 * member.
	 */
	Optional<Membership> putMember(PersonId person, Set<Skill> skills, int allocationPercent) {
		var membership = Membership.of(person, skills, allocationPercent);
		var previous = member(person);
		previous.ifPresent(members::remove);
		members.add(membership);
		return previous;
	}

	Optional<Membership> removeMember(PersonId person) {
		var previous = member(person);
		previous.ifPresent(members::remove);
		return previous;
	}

	Optional<Membership> member(PersonId person) {
		return members.stream().filter(m -> m.personId().equals(person.value())).findFirst();
	}

	Set<Skill> neededSkills() {
		return neededSkills.stream().map(s -> new Skill(s.skill())).collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * Missing skills, a missing half of the duo, a duo member without the matching hat, a
	 * component team.
	 */
	List<OrgWarning> warnings(BiPredicate<UUID, HatKind> holdsHat) {
		return OrgRules.teamWarnings(kind, neededSkills(), members.stream().map(Membership::skillSet).toList(),
				productManagerId, leadDeveloperId, holdsHat);
	}

	TeamId id() {
		return new TeamId(id);
	}

	String name() {
		return name;
	}

	String nameKey() {
		return nameKey;
	}

	TeamKind kind() {
		return kind;
	}

	Set<Membership> members() {
		return Set.copyOf(members);
	}

	Long version() {
		return version;
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	TeamDetails details() {
		return new TeamDetails(name, mission, kind, neededSkills(),
				productManagerId == null ? null : new PersonId(productManagerId),
				leadDeveloperId == null ? null : new PersonId(leadDeveloperId),
				groupId == null ? null : new GroupId(groupId));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Team team && team.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

}
