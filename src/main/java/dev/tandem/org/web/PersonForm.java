package dev.tandem.org.web;

import dev.tandem.org.PersonView;

/** Creating or changing a person; {@code userId} links an optional user account. */
record PersonForm(String name, String email, String userId, Long version) {

	static PersonForm empty() {
		return new PersonForm("", "", "", null);
	}

	static PersonForm of(PersonView person) {
		return new PersonForm(person.name(), person.email(), person.userId() == null ? "" : person.userId().toString(),
				person.version());
	}
}
