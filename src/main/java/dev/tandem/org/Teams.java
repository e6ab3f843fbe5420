package dev.tandem.org;

import java.util.List;
import java.util.Objects;
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

	private final OrgLabels labels;

	Teams(TeamRepository teams, PersonRepository people, GroupRepository groups, OrgReadModel reads, AuditTrail audit,
			OrgLabels labels) {
		this.teams = teams;
		this.people = people;
		this.groups = groups;
		this.reads = reads;
		this.audit = audit;
		this.labels = labels;
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
		recordDuoChange(saved.id(), saved.name(), "product manager", "team.product-manager-changed", null,
				details.productManagerId());
		recordDuoChange(saved.id(), saved.name(), "lead developer", "team.lead-developer-changed", null,
				details.leadDeveloperId());
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
		var previous = team.details();
		if (!Team.keyOf(details.name()).equals(team.nameKey()) && teams.existsByNameKey(Team.keyOf(details.name()))) {
			throw new InvalidInputException("name", "is already the name of another team");
		}
		team.change(details);
		teams.save(team);
		recordChanges(id, previous, details);
		return get(id);
	}

	/**
	 * One audit entry per change the organisation cares about (renamed, kind, each half
	 * of the duo), so the timeline can tell them apart; anything else as "team.updated".
	 */
	private void recordChanges(TeamId id, TeamDetails before, TeamDetails after) {
		var name = after.name();
		if (!before.name().equals(after.name())) {
			audit.record(subject(id), "team.renamed", "Renamed team " + before.name() + " to " + name, before.name(),
					name);
		}
		if (before.kind() != after.kind()) {
			audit.record(subject(id), "team.kind-changed",
					"Team " + name + " is now " + labels.teamKind(after.kind()) + " (was "
							+ labels.teamKind(before.kind()) + ")",
					labels.teamKind(before.kind()), labels.teamKind(after.kind()));
		}
		recordDuoChange(id, name, "product manager", "team.product-manager-changed", before.productManagerId(),
				after.productManagerId());
		recordDuoChange(id, name, "lead developer", "team.lead-developer-changed", before.leadDeveloperId(),
				after.leadDeveloperId());
		var otherChanges = !Objects.equals(before.mission(), after.mission())
				|| !before.neededSkills().equals(after.neededSkills())
				|| !Objects.equals(before.groupId(), after.groupId());
		if (otherChanges) {
			audit.record(subject(id), "team.updated", "Updated team " + name, describe(before), describe(after));
		}
	}

	private void recordDuoChange(TeamId id, String team, String role, String action, PersonId before, PersonId after) {
		if (Objects.equals(before, after)) {
			return;
		}
		var related = Subject.of("person", after != null ? after : before);
		var summary = after == null ? "Team " + team + " has no " + role + " any more (was " + nameOf(before) + ")"
				: nameOf(after) + " became " + role + " of team " + team
						+ (before == null ? "" : " (was " + nameOf(before) + ")");
		audit.record(subject(id), related, action, summary, before == null ? null : nameOf(before),
				after == null ? null : nameOf(after));
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
					person.name() + " joined team " + team.name() + " (" + labels.membership(now) + ")", null,
					labels.membership(now));
		}
		else {
			audit.record(subject(id), Subject.of("person", personId), "member.updated",
					"Changed " + person.name() + "'s membership of team " + team.name(),
					labels.membership(previous.get()), labels.membership(now));
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
				labels.membership(previous), null);
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
		return details.name() + " (" + labels.teamKind(details.kind()) + ")"
				+ (details.neededSkills().isEmpty() ? "" : ", needs " + labels.skills(details.neededSkills()))
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
