package dev.tandem.org;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditEntry;
import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/** Creates and shapes teams: details, duo, group and members. Every change is audited. */
@Service
public class Teams {

	private final TeamRepository teams;

	private final PersonRepository people;

	private final GroupRepository groups;

	private final OrgReadModel reads;

	private final AuditTrail audit;

	Teams(TeamRepository teams, PersonRepository people, GroupRepository groups, OrgReadModel reads, AuditTrail audit) {
		this.teams = teams;
		this.people = people;
		this.groups = groups;
		this.reads = reads;
		this.audit = audit;
	}

	/**
	 * Creates a team; its name must be unique (ignoring case), the duo and group must
	 * exist when given.
	 */
	@Transactional
	public TeamView create(TeamDetails details) {
		checkReferences(details);
		var team = Team.create(details);
		if (teams.existsByNameKey(team.nameKey())) {
			throw new InvalidInputException("name", "is already the name of another team");
		}
		var saved = teams.save(team);
		audit.record(subject(saved.id()), "team.created", "Created team " + saved.name(), null, describe(details));
		return get(saved.id());
	}

	/**
	 * Changes a team's details; {@code expectedVersion} guards against lost updates (409
	 * when stale).
	 */
	@Transactional
	public TeamView update(TeamId id, long expectedVersion, TeamDetails details) {
		var team = load(id);
		if (!team.isVersion(expectedVersion)) {
			throw new StaleVersionException("team", id, expectedVersion);
		}
		checkReferences(details);
		var before = describe(team.details());
		if (!Team.keyOf(details.name()).equals(team.nameKey()) && teams.existsByNameKey(Team.keyOf(details.name()))) {
			throw new InvalidInputException("name", "is already the name of another team");
		}
		team.change(details);
		teams.save(team);
		audit.record(subject(id), "team.updated", "Updated team " + details.name(), before, describe(details));
		return get(id);
	}

	/** Removes a team and its memberships; its history stays in the audit trail. */
	@Transactional
	public void delete(TeamId id, long expectedVersion) {
		var team = load(id);
		if (!team.isVersion(expectedVersion)) {
			throw new StaleVersionException("team", id, expectedVersion);
		}
		teams.delete(team);
		audit.record(subject(id), "team.deleted", "Deleted team " + team.name(), describe(team.details()), null);
	}

	/**
	 * Adds a person to a team, or changes their skills and allocation (1–100%) when
	 * already a member.
	 */
	@Transactional
	public TeamView putMember(TeamId id, PersonId personId, Set<Skill> skills, int allocationPercent) {
		var team = load(id);
		if (personId == null) {
			throw new InvalidInputException("personId", "is required");
		}
		var person = people.findById(personId.value())
			.orElseThrow(() -> new InvalidInputException("personId", "no person has this id"));
		var previous = team.putMember(personId, skills, allocationPercent);
		teams.save(team);
		var now = team.member(personId).orElseThrow();
		if (previous.isEmpty()) {
			audit.record(subject(id), Subject.of("person", personId), "member.added",
					person.name() + " joined team " + team.name() + " (" + now + ")", null, now.toString());
		}
		else {
			audit.record(subject(id), Subject.of("person", personId), "member.updated",
					"Changed " + person.name() + "'s membership of team " + team.name(), previous.get().toString(),
					now.toString());
		}
		return get(id);
	}

	@Transactional
	public TeamView removeMember(TeamId id, PersonId personId) {
		var team = load(id);
		var previous = team.removeMember(personId).orElseThrow(() -> new NotFoundException("member", personId));
		teams.save(team);
		var name = people.findById(personId.value()).map(Person::name).orElse(personId.toString());
		audit.record(subject(id), Subject.of("person", personId), "member.removed", name + " left team " + team.name(),
				previous.toString(), null);
		return get(id);
	}

	/** The team with its members and warnings. */
	@Transactional(readOnly = true)
	public TeamView get(TeamId id) {
		return reads.teams(id.value()).stream().findFirst().orElseThrow(() -> new NotFoundException("team", id));
	}

	/** What happened to the team (and its memberships), newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(TeamId id, int limit) {
		return audit.about(subject(id), limit);
	}

	/** Every team by name, each with members and warnings. */
	@Transactional(readOnly = true)
	public List<TeamView> all() {
		return reads.teams(null);
	}

	/**
	 * A readable summary for the audit trail, naming people and group rather than showing
	 * their ids.
	 */
	private String describe(TeamDetails details) {
		return details.name() + " (" + details.kind() + ")"
				+ (details.neededSkills().isEmpty() ? ""
						: ", needs " + OrgRules.csvOf(details.neededSkills()).replace(",", ", "))
				+ ", product manager " + nameOf(details.productManagerId()) + ", lead developer "
				+ nameOf(details.leadDeveloperId()) + (details.groupId() == null ? ""
						: ", group " + groups.findById(details.groupId().value()).map(Group::name).orElse("?"));
	}

	private String nameOf(PersonId person) {
		return person == null ? "none" : people.findById(person.value()).map(Person::name).orElse("?");
	}

	private void checkReferences(TeamDetails details) {
		if (details.productManagerId() != null && !people.existsById(details.productManagerId().value())) {
			throw new InvalidInputException("productManagerId", "no person has this id");
		}
		if (details.leadDeveloperId() != null && !people.existsById(details.leadDeveloperId().value())) {
			throw new InvalidInputException("leadDeveloperId", "no person has this id");
		}
		if (details.groupId() != null && !groups.existsById(details.groupId().value())) {
			throw new InvalidInputException("groupId", "no group has this id");
		}
	}

	private Team load(TeamId id) {
		return teams.findById(id.value()).orElseThrow(() -> new NotFoundException("team", id));
	}

	static Subject subject(TeamId id) {
		return Subject.of("team", id);
	}

}
