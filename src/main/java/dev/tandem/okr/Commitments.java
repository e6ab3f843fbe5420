package dev.tandem.okr;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.identity.Role;
import dev.tandem.org.Groups;
import dev.tandem.org.PersonId;
import dev.tandem.org.People;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;
import dev.tandem.shared.StaleVersionException;

/**
 * Quarterly commitments that product and engineering agree together. Each team plans one
 * set per quarter; it becomes agreed only when the team's product manager and its lead
 * developer (or its group's engineering manager) have both signed, and any later change
 * voids the agreement. Every step is audited.
 */
@Service
public class Commitments {

	private final CommitmentSetRepository sets;

	private final Teams teams;

	private final Groups groups;

	private final People people;

	private final ObjectProvider<RoadmapItemLookup> roadmapItems;

	private final ObjectiveDirectory objectives;

	private final AuditTrail audit;

	private final Clock clock;

	Commitments(CommitmentSetRepository sets, Teams teams, Groups groups, People people,
			ObjectProvider<RoadmapItemLookup> roadmapItems, ObjectiveDirectory objectives, AuditTrail audit,
			Clock clock) {
		this.sets = sets;
		this.teams = teams;
		this.groups = groups;
		this.people = people;
		this.roadmapItems = roadmapItems;
		this.objectives = objectives;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Who is acting: the signed-in account's email and whether it is an administrator.
	 */
	public record Actor(String email, Role role) {

		public Actor {
			Objects.requireNonNull(email, "email");
			Objects.requireNonNull(role, "role");
		}

		boolean admin() {
			return role == Role.ADMIN;
		}

	}

	@Transactional(readOnly = true)
	public CommitmentSetView view(TeamId teamId, Quarter quarter) {
		var team = teams.get(teamId);
		return sets.findByTeamIdAndQuarter(teamId.value(), quarter.label())
			.map(set -> view(team, quarter, set))
			.orElseGet(() -> new CommitmentSetView(teamId, team.name(), quarter, EffortUnit.POINTS, BigDecimal.ZERO,
					BigDecimal.ZERO, java.util.List.of(), null, null, false, false, 0));
	}

	/**
	 * Sets the team's capacity (and unit) for the quarter, opening the set when it does
	 * not exist yet.
	 */
	@Transactional
	public CommitmentSetView plan(TeamId teamId, Quarter quarter, long expectedVersion, EffortUnit unit,
			BigDecimal capacity) {
		var team = teams.get(teamId);
		var existing = sets.findByTeamIdAndQuarter(teamId.value(), quarter.label());
		if (existing.isEmpty()) {
			var set = sets.save(CommitmentSet.open(teamId.value(), quarter.label(), unit, capacity));
			record(set, "commitments.planned",
					"Planned " + team.name() + " for " + quarter + ": capacity " + plain(capacity) + " " + unit, null,
					plain(capacity) + " " + unit);
			return view(team, quarter, set);
		}
		var set = current(existing.get(), expectedVersion, teamId, quarter);
		var before = plain(set.capacity()) + " " + set.unit();
		var voided = set.changeCapacity(unit, capacity);
		sets.save(set);
		record(set, "commitments.capacity-changed", "Changed the capacity of " + team.name() + " for " + quarter,
				before, plain(capacity) + " " + unit);
		recordVoided(set, team, quarter, voided);
		return view(team, quarter, set);
	}

	@Transactional
	public CommitmentSetView add(TeamId teamId, Quarter quarter, long expectedVersion, CommitmentDetails details) {
		var team = teams.get(teamId);
		checkLinks(details, quarter);
		var set = sets.findByTeamIdAndQuarter(teamId.value(), quarter.label())
			.map(existing -> current(existing, expectedVersion, teamId, quarter))
			.orElseGet(() -> CommitmentSet.open(teamId.value(), quarter.label(), EffortUnit.POINTS, BigDecimal.ZERO));
		var wasAgreed = !set.signatures().isEmpty();
		set.add(details);
		set = sets.save(set);
		record(set, "commitments.added", team.name() + " committed to \"" + details.title() + "\" for " + quarter, null,
				details.title() + " (" + plain(details.estimate()) + ")");
		recordVoided(set, team, quarter, wasAgreed);
		return view(team, quarter, set);
	}

	@Transactional
	public CommitmentSetView change(TeamId teamId, Quarter quarter, long expectedVersion, UUID commitmentId,
			CommitmentDetails details) {
		var team = teams.get(teamId);
		checkLinks(details, quarter);
		var set = load(teamId, quarter, expectedVersion);
		var before = set.commitments().stream().filter(c -> c.id().equals(commitmentId)).findFirst();
		var wasAgreed = !set.signatures().isEmpty();
		set.change(commitmentId, details);
		sets.save(set);
		record(set, "commitments.changed", team.name() + " changed the commitment \"" + details.title() + "\"",
				before.map(Object::toString).orElse(null), details.title() + " (" + plain(details.estimate()) + ")");
		recordVoided(set, team, quarter, wasAgreed);
		return view(team, quarter, set);
	}

	@Transactional
	public CommitmentSetView remove(TeamId teamId, Quarter quarter, long expectedVersion, UUID commitmentId) {
		var team = teams.get(teamId);
		var set = load(teamId, quarter, expectedVersion);
		var before = set.commitments().stream().filter(c -> c.id().equals(commitmentId)).findFirst();
		var wasAgreed = !set.signatures().isEmpty();
		set.remove(commitmentId);
		sets.save(set);
		record(set, "commitments.removed", team.name() + " dropped a commitment for " + quarter,
				before.map(Object::toString).orElse(null), null);
		recordVoided(set, team, quarter, wasAgreed);
		return view(team, quarter, set);
	}

	/**
	 * Signs the team's current commitments for one side of the duo. {@code side} may be
	 * left out when the actor holds exactly one side. Only the duo may sign; an
	 * administrator may sign for a side they do not hold, which the signature shows as
	 * "on behalf".
	 */
	@Transactional
	public CommitmentSetView sign(TeamId teamId, Quarter quarter, long expectedVersion, Actor actor,
			CommitmentSide side) {
		var team = teams.get(teamId);
		var set = load(teamId, quarter, expectedVersion);
		var person = personOf(actor);
		var held = sidesHeldBy(team, person);
		var chosen = side;
		if (chosen == null) {
			if (held.size() != 1) {
				throw new InvalidInputException("side", held.isEmpty() && !actor.admin()
						? "you are not in this team's duo" : "say whether you sign for product or engineering");
			}
			chosen = held.iterator().next();
		}
		var onBehalf = !held.contains(chosen);
		if (onBehalf && !actor.admin()) {
			throw new ForbiddenException(chosen == CommitmentSide.PRODUCT
					? "Only the team's product manager can sign for product"
					: "Only the team's lead developer or its group's engineering manager can sign for engineering");
		}
		set.sign(chosen, person == null ? null : person.value(), actor.email(), onBehalf, clock.instant());
		sets.save(set);
		record(set, "commitments.signed",
				actor.email() + " signed the " + quarter + " commitments of " + team.name() + " for "
						+ chosen.name().toLowerCase(java.util.Locale.ROOT) + (onBehalf ? " (on behalf)" : ""),
				null, set.agreed() ? "agreed" : "awaiting the other side");
		return view(team, quarter, set);
	}

	/**
	 * The roadmap items the team owns, to offer when it adds a commitment (empty without
	 * a roadmap).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> roadmapChoices(TeamId teamId) {
		var lookup = roadmapItems.getIfAvailable();
		return lookup == null ? Map.of() : lookup.ownedBy(teamId);
	}

	/** The sides the actor may sign for this team (all of them for an administrator). */
	@Transactional(readOnly = true)
	public Set<CommitmentSide> sidesFor(TeamId teamId, Actor actor) {
		if (actor.admin()) {
			return EnumSet.allOf(CommitmentSide.class);
		}
		return sidesHeldBy(teams.get(teamId), personOf(actor));
	}

	private Set<CommitmentSide> sidesHeldBy(TeamView team, PersonId person) {
		var sides = EnumSet.noneOf(CommitmentSide.class);
		if (person == null) {
			return sides;
		}
		if (team.productManager() != null && team.productManager().id().equals(person)) {
			sides.add(CommitmentSide.PRODUCT);
		}
		if (team.leadDeveloper() != null && team.leadDeveloper().id().equals(person)) {
			sides.add(CommitmentSide.ENGINEERING);
		}
		if (team.group() != null) {
			var group = groups.get(team.group().id());
			if (group.engineeringManager() != null && group.engineeringManager().id().equals(person)) {
				sides.add(CommitmentSide.ENGINEERING);
			}
		}
		return sides;
	}

	private PersonId personOf(Actor actor) {
		return people.ofAccountEmail(actor.email()).map(p -> p.id()).orElse(null);
	}

	/**
	 * A commitment may serve an objective of the same quarter and a roadmap item that
	 * exists.
	 */
	private void checkLinks(CommitmentDetails details, Quarter quarter) {
		if (details.objectiveId() != null) {
			var objective = objectives.find(details.objectiveId())
				.orElseThrow(() -> new InvalidInputException("objectiveId", "is not an objective"));
			if (!objective.quarter().equals(quarter)) {
				throw new InvalidInputException("objectiveId",
						"belongs to " + objective.quarter() + ", not " + quarter);
			}
		}
		if (details.roadmapItemId() != null) {
			var lookup = roadmapItems.getIfAvailable();
			if (lookup != null && lookup.titles(Set.of(details.roadmapItemId())).isEmpty()) {
				throw new InvalidInputException("roadmapItemId", "is not a roadmap item");
			}
		}
	}

	private CommitmentSet load(TeamId teamId, Quarter quarter, long expectedVersion) {
		var set = sets.findByTeamIdAndQuarter(teamId.value(), quarter.label())
			.orElseThrow(() -> new InvalidInputException("quarter",
					"nothing is planned for this team in " + quarter + " yet"));
		return current(set, expectedVersion, teamId, quarter);
	}

	private static CommitmentSet current(CommitmentSet set, long expectedVersion, TeamId teamId, Quarter quarter) {
		if (!set.isVersion(expectedVersion)) {
			throw new StaleVersionException("commitments of team " + teamId + " for", quarter, expectedVersion);
		}
		return set;
	}

	private CommitmentSetView view(TeamView team, Quarter quarter, CommitmentSet set) {
		var itemIds = set.commitments()
			.stream()
			.map(CommitmentSet.Commitment::roadmapItemId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		var lookup = roadmapItems.getIfAvailable();
		Map<UUID, String> titles = itemIds.isEmpty() || lookup == null ? Map.of() : lookup.titles(itemIds);
		var objectiveTitles = objectives.find(set.commitments()
			.stream()
			.map(CommitmentSet.Commitment::objectiveId)
			.filter(Objects::nonNull)
			.map(ObjectiveId::new)
			.collect(Collectors.toSet()));
		var commitments = set.commitments()
			.stream()
			.map(c -> new CommitmentSetView.CommitmentView(c.id(), c.title(),
					c.objectiveId() == null ? null : new ObjectiveId(c.objectiveId()),
					c.objectiveId() == null ? null
							: java.util.Optional.ofNullable(objectiveTitles.get(new ObjectiveId(c.objectiveId())))
								.map(ObjectiveSummary::title)
								.orElse(null),
					c.roadmapItemId(), c.roadmapItemId() == null ? null : titles.get(c.roadmapItemId()), c.estimate()))
			.toList();
		return new CommitmentSetView(team.id(), team.name(), quarter, set.unit(), set.capacity(), set.load(),
				commitments, signature(set, CommitmentSide.PRODUCT), signature(set, CommitmentSide.ENGINEERING),
				set.agreed(), true, set.version());
	}

	private static CommitmentSetView.SignatureView signature(CommitmentSet set, CommitmentSide side) {
		return set.signed(side)
			.map(s -> new CommitmentSetView.SignatureView(s.side(),
					s.personId() == null ? null : new PersonId(s.personId()), s.signedBy(), s.onBehalf(), s.signedAt()))
			.orElse(null);
	}

	private void record(CommitmentSet set, String action, String summary, String before, String after) {
		audit.record(Subject.of("commitments", set.id()), Subject.of("team", set.teamId()), action, summary, before,
				after);
	}

	private void recordVoided(CommitmentSet set, TeamView team, Quarter quarter, boolean voided) {
		if (voided) {
			record(set, "commitments.agreement-voided",
					"The " + quarter + " commitments of " + team.name() + " changed: both sides must sign again",
					"signed", "awaiting signatures");
		}
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
