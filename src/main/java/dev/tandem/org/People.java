package dev.tandem.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditEntry;
import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.UserId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/** The people of the organisation and the hats they wear. Every change is audited. */
@Service
public class People {

	private final PersonRepository people;

	private final OrgReadModel reads;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final OrgLabels labels;

	private final Clock clock;

	People(PersonRepository people, OrgReadModel reads, Accounts accounts, AuditTrail audit, OrgLabels labels,
			Clock clock) {
		this.people = people;
		this.reads = reads;
		this.accounts = accounts;
		this.audit = audit;
		this.labels = labels;
		this.clock = clock;
	}

	/**
	 * Adds a person; the email must not be used by anyone else (ignoring case), the user
	 * account is optional.
	 */
	@Transactional
	public PersonView create(String name, String email, UserId userId) {
		var person = Person.create(name, email, userId, clock.instant());
		checkEmailFree(person.email());
		checkUserLinkable(userId);
		var saved = people.save(person);
		audit.record(subject(saved.id()), "person.created", "Added " + saved.name() + " to the organisation", null,
				saved.describe());
		return view(saved);
	}

	/**
	 * Changes name, email and user link; {@code expectedVersion} guards against lost
	 * updates.
	 */
	@Transactional
	public PersonView update(PersonId id, long expectedVersion, String name, String email, UserId userId) {
		var person = load(id);
		if (!person.isVersion(expectedVersion)) {
			throw new StaleVersionException("person", id, expectedVersion);
		}
		var before = person.describe();
		var newEmail = Person.normaliseEmail(email);
		if (!newEmail.equals(person.email())) {
			checkEmailFree(newEmail);
		}
		if (userId != null && !userId.equals(person.userId())) {
			checkUserLinkable(userId);
		}
		person.change(name, email, userId);
		var saved = people.save(person);
		audit.record(subject(id), "person.updated", "Updated " + saved.name(), before, saved.describe());
		return view(saved);
	}

	/**
	 * Puts a hat on a person from {@code startsOn}, up to (not including) {@code endsOn}
	 * when given. Refused when it ends before it starts or overlaps a hat of the same
	 * kind.
	 */
	@Transactional
	public HatView startHat(PersonId id, HatKind kind, LocalDate startsOn, LocalDate endsOn) {
		var person = load(id);
		var hat = person.startHat(kind, startsOn, endsOn);
		people.save(person);
		audit.record(subject(id), "hat.started",
				person.name() + " started wearing the " + labels.hat(kind) + " hat on " + startsOn, null,
				describe(hat));
		return hat.view(reads.today());
	}

	/** Ends an open hat; the hat stays in the person's history. */
	@Transactional
	public HatView endHat(PersonId id, HatId hatId, LocalDate endsOn) {
		var person = load(id);
		var before = describe(person.hat(hatId));
		var hat = person.endHat(hatId, endsOn);
		people.save(person);
		audit.record(subject(id), "hat.ended",
				person.name() + " stops wearing the " + labels.hat(hat.kind()) + " hat on " + endsOn, before,
				describe(hat));
		return hat.view(reads.today());
	}

	@Transactional(readOnly = true)
	public PersonView get(PersonId id) {
		return view(load(id));
	}

	@Transactional(readOnly = true)
	public boolean exists(PersonId id) {
		return people.existsById(id.value());
	}

	/** What happened to the person: hats, details, memberships; newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(PersonId id, int limit) {
		return audit.about(subject(id), limit);
	}

	/**
	 * The person linked to a user account, if any: how a signed-in user acts as a person.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<PersonSummary> ofUser(UserId userId) {
		return people.findByUserId(userId.value()).map(this::summary);
	}

	/**
	 * The person behind a signed-in account's email (what Spring Security calls the
	 * name), if the account is linked to one: how pages and APIs act as a person.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<PersonSummary> ofAccountEmail(String email) {
		return email == null ? java.util.Optional.empty()
				: accounts.findByEmail(email).flatMap(user -> ofUser(user.id()));
	}

	/** Everyone, by name. */
	@Transactional(readOnly = true)
	public List<PersonSummary> all() {
		var today = reads.today();
		var totals = reads.totalAllocations();
		return people.findAll()
			.stream()
			.map(p -> summary(p, today, totals.getOrDefault(p.id().value(), 0)))
			.sorted(OrgReadModel.byName())
			.toList();
	}

	private PersonSummary summary(Person person) {
		return summary(person, reads.today(), reads.totalAllocations().getOrDefault(person.id().value(), 0));
	}

	private static PersonSummary summary(Person p, java.time.LocalDate today, int totalAllocation) {
		return new PersonSummary(p.id(), p.name(), p.email(), uuid(p.userId()), p.titles(today), totalAllocation,
				p.version());
	}

	private PersonView view(Person person) {
		var today = reads.today();
		var teams = reads.teamsOf(person.id().value());
		var total = teams.stream().mapToInt(PersonView.PersonTeamView::allocationPercent).sum();
		var history = person.hatHistory().stream().map(h -> h.view(today)).toList();
		return new PersonView(person.id(), person.name(), person.email(), uuid(person.userId()), person.titles(today),
				history.stream().filter(HatView::active).toList(), history, teams, total,
				OrgRules.personWarnings(total), person.version() == null ? 0 : person.version());
	}

	/** "Lead developer from 2025-01-01 to 2025-06-30". */
	private String describe(Hat hat) {
		return labels.hat(hat.kind()) + " from " + hat.startsOn() + (hat.endsOn() == null ? "" : " to " + hat.endsOn());
	}

	private static UUID uuid(UserId userId) {
		return userId == null ? null : userId.value();
	}

	private void checkEmailFree(String email) {
		if (people.existsByEmail(email)) {
			throw new InvalidInputException("email", "is already used by another person");
		}
	}

	private void checkUserLinkable(UserId userId) {
		if (userId == null) {
			return;
		}
		try {
			accounts.get(userId);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("userId", "no user account has this id");
		}
		if (people.existsByUserId(userId.value())) {
			throw new InvalidInputException("userId", "is already linked to another person");
		}
	}

	private Person load(PersonId id) {
		return people.findById(id.value()).orElseThrow(() -> new NotFoundException("person", id));
	}

	static Subject subject(PersonId id) {
		return Subject.of("person", id);
	}

}
