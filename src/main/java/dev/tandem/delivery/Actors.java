package dev.tandem.delivery;

import org.springframework.stereotype.Component;

import dev.tandem.org.People;
import dev.tandem.org.PersonId;

/**
 * Who is acting: the signed-in account's email and, when the org knows them, their
 * person.
 */
@Component
class Actors {

	/** The author of a change. */
	record Actor(PersonId person, String email) {
	}

	private final People people;

	Actors(People people) {
		this.people = people;
	}

	Actor of(String email) {
		if (email == null) {
			return new Actor(null, null);
		}
		var person = people.ofAccountEmail(email).map(p -> p.id());
		return new Actor(person.orElse(null), email);
	}

}
