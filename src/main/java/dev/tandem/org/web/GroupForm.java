package dev.tandem.org.web;

import java.util.ArrayList;

import dev.tandem.org.GroupDetails;
import dev.tandem.org.GroupView;
import dev.tandem.org.PersonId;
import dev.tandem.shared.InvalidInputException;

/** Creating or changing a group of teams and its duo. */
record GroupForm(String name, String mission, String productDirectorId, String engineeringManagerId, Long version) {

	static GroupForm empty() {
		return new GroupForm("", "", "", "", null);
	}

	static GroupForm of(GroupView group) {
		return new GroupForm(group.name(), group.mission() == null ? "" : group.mission(),
				group.productDirector() == null ? "" : group.productDirector().id().toString(),
				group.engineeringManager() == null ? "" : group.engineeringManager().id().toString(), group.version());
	}

	GroupDetails details() {
		var errors = new ArrayList<InvalidInputException.FieldError>();
		var director = Forms.collect(errors, () -> Forms.optionalId(productDirectorId, "productDirectorId"));
		var manager = Forms.collect(errors, () -> Forms.optionalId(engineeringManagerId, "engineeringManagerId"));
		var details = Forms.collect(errors, () -> new GroupDetails(name, mission,
				director == null ? null : new PersonId(director), manager == null ? null : new PersonId(manager)));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return details;
	}
}
