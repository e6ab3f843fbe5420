package dev.tandem.org;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditEntry;
import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/** Groups of teams (tribes, product areas) and their duos. Every change is audited. */
@Service
public class Groups {

	private final GroupRepository groups;

	private final PersonRepository people;

	private final OrgReadModel reads;

	private final AuditTrail audit;

	Groups(GroupRepository groups, PersonRepository people, OrgReadModel reads, AuditTrail audit) {
		this.groups = groups;
		this.people = people;
		this.reads = reads;
		this.audit = audit;
	}

	@Transactional
	public GroupView create(GroupDetails details) {
		checkReferences(details);
		var group = Group.create(details);
		if (groups.existsByNameKey(group.nameKey())) {
			throw new InvalidInputException("name", "is already the name of another group");
		}
		var saved = groups.save(group);
		audit.record(subject(saved.id()), "group.created", "Created group " + saved.name(), null, describe(details));
		recordDuoChange(saved.id(), saved.name(), "product director", "group.product-director-changed", null,
				details.productDirectorId());
		recordDuoChange(saved.id(), saved.name(), "engineering manager", "group.engineering-manager-changed", null,
				details.engineeringManagerId());
		return get(saved.id());
	}

	/**
	 * Changes a group; {@code expectedVersion} guards against lost updates (409 when
	 * stale).
	 */
	@Transactional
	public GroupView update(GroupId id, long expectedVersion, GroupDetails details) {
		var group = load(id);
		if (!group.isVersion(expectedVersion)) {
			throw new StaleVersionException("group", id, expectedVersion);
		}
		checkReferences(details);
		if (!Team.keyOf(details.name()).equals(group.nameKey()) && groups.existsByNameKey(Team.keyOf(details.name()))) {
			throw new InvalidInputException("name", "is already the name of another group");
		}
		var previous = group.details();
		group.change(details);
		groups.save(group);
		recordChanges(id, previous, details);
		return get(id);
	}

	/**
	 * One audit entry per change the timeline tells apart; the rest as "group.updated".
	 */
	private void recordChanges(GroupId id, GroupDetails before, GroupDetails after) {
		var name = after.name();
		if (!before.name().equals(after.name())) {
			audit.record(subject(id), "group.renamed", "Renamed group " + before.name() + " to " + name, before.name(),
					name);
		}
		recordDuoChange(id, name, "product director", "group.product-director-changed", before.productDirectorId(),
				after.productDirectorId());
		recordDuoChange(id, name, "engineering manager", "group.engineering-manager-changed",
				before.engineeringManagerId(), after.engineeringManagerId());
		if (!Objects.equals(before.mission(), after.mission())) {
			audit.record(subject(id), "group.updated", "Updated group " + name, describe(before), describe(after));
		}
	}

	private void recordDuoChange(GroupId id, String group, String role, String action, PersonId before,
			PersonId after) {
		if (Objects.equals(before, after)) {
			return;
		}
		var related = Subject.of("person", after != null ? after : before);
		var summary = after == null ? "Group " + group + " has no " + role + " any more (was " + nameOf(before) + ")"
				: nameOf(after) + " became " + role + " of group " + group
						+ (before == null ? "" : " (was " + nameOf(before) + ")");
		audit.record(subject(id), related, action, summary, before == null ? null : nameOf(before),
				after == null ? null : nameOf(after));
	}

	@Transactional(readOnly = true)
	public GroupView get(GroupId id) {
		return reads.groups(id.value()).stream().findFirst().orElseThrow(() -> new NotFoundException("group", id));
	}

	/** What happened to the group, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(GroupId id, int limit) {
		return audit.about(subject(id), limit);
	}

	@Transactional(readOnly = true)
	public List<GroupView> all() {
		return reads.groups(null);
	}

	/** A readable summary for the audit trail, naming the duo rather than showing ids. */
	private String describe(GroupDetails details) {
		return details.name() + ", product director " + nameOf(details.productDirectorId()) + ", engineering manager "
				+ nameOf(details.engineeringManagerId());
	}

	private String nameOf(PersonId person) {
		return person == null ? "none" : people.findById(person.value()).map(Person::name).orElse("?");
	}

	private void checkReferences(GroupDetails details) {
		if (details.productDirectorId() != null && !people.existsById(details.productDirectorId().value())) {
			throw new InvalidInputException("productDirectorId", "no person has this id");
		}
		if (details.engineeringManagerId() != null && !people.existsById(details.engineeringManagerId().value())) {
			throw new InvalidInputException("engineeringManagerId", "no person has this id");
		}
	}

	private Group load(GroupId id) {
		return groups.findById(id.value()).orElseThrow(() -> new NotFoundException("group", id));
	}

	static Subject subject(GroupId id) {
		return Subject.of("group", id);
	}

}
