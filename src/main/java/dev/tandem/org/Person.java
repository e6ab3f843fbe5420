package dev.tandem.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dev.tandem.identity.UserId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;

/**
 * A person in the organisation and the hats they wear. Guards the hat rules: no end
 * before start, no overlap.
 */
@Table("org_person")
class Person {

	static final int MAX_NAME = 200;
	static final int MAX_EMAIL = 254;

	@Id
	private final UUID id;

	private String name;

	private String email;

	private UUID userId;

	private final Instant createdAt;

	@MappedCollection(idColumn = "person_id")
	private Set<Hat> hats;

	@Version
	private Long version;

	@PersistenceCreator
	Person(UUID id, String name, String email, UUID userId, Instant createdAt, Set<Hat> hats, Long version) {
		this.id = id;
		this.name = name;
		this.email = email;
		this.userId = userId;
		this.createdAt = createdAt;
		this.hats = new HashSet<>(hats == null ? Set.of() : hats);
		this.version = version;
	}

	static Person create(String name, String email, UserId userId, Instant now) {
		return new Person(UUID.randomUUID(), requireName(name), normaliseEmail(email),
				userId == null ? null : userId.value(), now, Set.of(), null);
	}

	static String requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "is required");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new InvalidInputException("name", "must be at most {0} characters", MAX_NAME);
		}
		return name.strip();
	}

	/** Emails are kept lower-case, so uniqueness ignores case. */
	static String normaliseEmail(String email) {
		if (email == null || email.isBlank()) {
			throw new InvalidInputException("email", "is required");
		}
		var trimmed = email.strip().toLowerCase(Locale.ROOT);
		if (trimmed.length() > MAX_EMAIL) {
			throw new InvalidInputException("email", "must be at most {0} characters", MAX_EMAIL);
		}
		if (!trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidInputException("email", "is not a valid email address");
		}
		return trimmed;
	}

	void change(String newName, String newEmail, UserId newUserId) {
		var checkedName = requireName(newName);
		var checkedEmail = normaliseEmail(newEmail);
		this.name = checkedName;
		this.email = checkedEmail;
		this.userId = newUserId == null ? null : newUserId.value();
	}

	/**
	 * Starts a hat; refused when it ends before it starts or overlaps a hat of the same
	 * kind.
	 */
	Hat startHat(HatKind kind, LocalDate startsOn, LocalDate endsOn) {
		var hat = new Hat(UUID.randomUUID(), kind, startsOn, endsOn);
		hats.stream().filter(other -> other.kind() == kind && other.overlaps(hat)).findFirst().ifPresent(other -> {
			throw other.endsOn() == null
					? new InvalidInputException("startsOn", "overlaps a hat of the same kind held from {0} with no end",
							other.startsOn())
					: new InvalidInputException("startsOn", "overlaps a hat of the same kind held from {0} to {1}",
							other.startsOn(), other.endsOn());
		});
		hats.add(hat);
		return hat;
	}

	/** Ends an open hat on the given day; the hat stays in the history. */
	Hat endHat(HatId hatId, LocalDate endsOn) {
		var hat = hat(hatId);
		if (endsOn == null) {
			throw new InvalidInputException("endsOn", "is required");
		}
		if (hat.endsOn() != null) {
			throw new InvalidInputException("endsOn", "this hat already ends on {0}", hat.endsOn());
		}
		var ended = hat.endingOn(endsOn);
		hats.remove(hat);
		hats.add(ended);
		return ended;
	}

	Hat hat(HatId hatId) {
		return hats.stream()
			.filter(h -> h.hatId().equals(hatId.value()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("hat", hatId));
	}

	Set<HatKind> activeHatKinds(LocalDate day) {
		var kinds = EnumSet.noneOf(HatKind.class);
		hats.stream().filter(h -> h.activeOn(day)).forEach(h -> kinds.add(h.kind()));
		return kinds;
	}

	/** Titles to show for the person today; CTO and CPO held together read as "CPTO". */
	List<String> titles(LocalDate day) {
		return titlesOf(activeHatKinds(day));
	}

	static List<String> titlesOf(Set<HatKind> active) {
		var titles = new ArrayList<String>();
		var cpto = active.contains(HatKind.CTO) && active.contains(HatKind.CPO);
		for (var kind : HatKind.values()) {
			if (!active.contains(kind)) {
				continue;
			}
			if (cpto && (kind == HatKind.CTO || kind == HatKind.CPO)) {
				if (!titles.contains("CPTO")) {
					titles.add("CPTO");
				}
				continue;
			}
			titles.add(kind.name());
		}
		return titles;
	}

	/** Newest first. */
	List<Hat> hatHistory() {
		return hats.stream()
			.sorted(Comparator.comparing(Hat::startsOn).reversed().thenComparing(h -> h.kind().ordinal()))
			.toList();
	}

	PersonId id() {
		return new PersonId(id);
	}

	String name() {
		return name;
	}

	String email() {
		return email;
	}

	UserId userId() {
		return userId == null ? null : new UserId(userId);
	}

	Long version() {
		return version;
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	String describe() {
		return name + " <" + email + ">" + (userId == null ? "" : " linked to user " + userId);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Person person && person.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

}
