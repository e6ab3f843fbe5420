package dev.tandem.okr;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.tandem.org.GroupId;
import dev.tandem.org.Groups;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;
import dev.tandem.shared.NotFoundException;

/** Turns objectives and key results into views, naming people, teams and groups. */
@Component
class OkrViews {

	private final People people;

	private final Teams teams;

	private final Groups groups;

	private final OkrSettings settings;

	OkrViews(People people, Teams teams, Groups groups, OkrSettings settings) {
		this.people = people;
		this.teams = teams;
		this.groups = groups;
		this.settings = settings;
	}

	/** Names of everything the views refer to, looked up once per screen. */
	record Names(Map<UUID, String> people, Map<UUID, String> teams, Map<UUID, String> groups) {

		String person(PersonId id) {
			return id == null ? null : people.getOrDefault(id.value(), "?");
		}

		String team(TeamId id) {
			return id == null ? null : teams.getOrDefault(id.value(), "?");
		}

		String group(GroupId id) {
			return id == null ? null : groups.getOrDefault(id.value(), "?");
		}
	}

	Names allNames() {
		var p = new HashMap<UUID, String>();
		people.all().forEach(x -> p.put(x.id().value(), x.name()));
		var t = new HashMap<UUID, String>();
		teams.all().forEach(x -> t.put(x.id().value(), x.name()));
		var g = new HashMap<UUID, String>();
		groups.all().forEach(x -> g.put(x.id().value(), x.name()));
		return new Names(p, t, g);
	}

	Names namesOf(ObjectiveSummary o) {
		var p = new HashMap<UUID, String>();
		var t = new HashMap<UUID, String>();
		var g = new HashMap<UUID, String>();
		p.put(o.ownerId().value(), nameOrUnknown(() -> people.get(o.ownerId()).name()));
		if (o.teamId() != null) {
			t.put(o.teamId().value(), nameOrUnknown(() -> teams.get(o.teamId()).name()));
		}
		if (o.groupId() != null) {
			g.put(o.groupId().value(), nameOrUnknown(() -> groups.get(o.groupId()).name()));
		}
		return new Names(p, t, g);
	}

	private static String nameOrUnknown(java.util.function.Supplier<String> name) {
		try {
			return name.get();
		}
		catch (NotFoundException e) {
			return "?";
		}
	}

	ObjectiveView objective(Objective o, Collection<KeyResult> keyResults, Names names) {
		var s = o.summary();
		var d = o.details();
		var calendar = settings.calendar();
		var krs = keyResults.stream()
			.sorted(java.util.Comparator.comparing(KeyResult::createdAt).thenComparing(k -> k.id().value()))
			.map(k -> keyResult(k, o, calendar))
			.toList();
		return new ObjectiveView(s.id(), s.title(), d.why(), s.quarter(), s.level(), s.ownerId(),
				names.person(s.ownerId()), s.teamId(), names.team(s.teamId()), s.groupId(), names.group(s.groupId()),
				s.parentId(), s.state(), o.score(), krs, o.version() == null ? 0 : o.version());
	}

	ObjectiveView objective(Objective o, Collection<KeyResult> keyResults) {
		return objective(o, keyResults, namesOf(o.summary()));
	}

	KeyResultView keyResult(KeyResult k, Objective o) {
		return keyResult(k, o, settings.calendar());
	}

	private KeyResultView keyResult(KeyResult k, Objective o, dev.tandem.shared.FiscalCalendar calendar) {
		var m = k.measure();
		var latest = k.latestCheckIn();
		List<CheckInView> checkIns = k.checkIns().stream().map(CheckInView::of).toList();
		return new KeyResultView(k.id(), o.id(), o.title(), o.state(), o.quarter(), calendar.firstDayOf(o.quarter()),
				calendar.lastDayOf(o.quarter()), k.statement(), m.unit(), m.baseline(), m.target(), m.direction(),
				k.currentValue(), k.progress(), k.source().kind(), k.source().config(),
				latest.map(CheckIn::confidence).orElse(null), latest.map(CheckIn::confidenceScore).orElse(null),
				k.proposedScore(), k.finalScore(), k.scoreReason(), checkIns, k.version() == null ? 0 : k.version());
	}

}
