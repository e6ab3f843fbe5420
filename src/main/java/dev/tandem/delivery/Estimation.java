package dev.tandem.delivery;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.org.HatKind;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.PersonView;
import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/**
 * Estimates work items, in points or in t-shirt sizes a team maps to points, and tells
 * how often a team estimates without anyone wearing a QA hat in the room.
 */
@Service
public class Estimation {

	private final WorkItemRepository items;

	private final DeliveryReadModel reads;

	private final People people;

	private final Teams teams;

	private final AuditTrail audit;

	private final Clock clock;

	Estimation(WorkItemRepository items, DeliveryReadModel reads, People people, Teams teams, AuditTrail audit,
			Clock clock) {
		this.items = items;
		this.reads = reads;
		this.people = people;
		this.teams = teams;
		this.audit = audit;
		this.clock = clock;
	}

	/** A team's share of estimated items that were estimated without QA. */
	public record WithoutQaShare(TeamId team, int estimated, int withoutQa) {

		/** Rounded percentage; 0 when nothing is estimated. */
		public int percent() {
			return estimated == 0 ? 0 : Math.round(100f * withoutQa / estimated);
		}

	}

	/**
	 * Estimates the item: either {@code points} or a {@code size} (mapped by the team's
	 * scale). Participants must exist; when none of them has an active QA hat today, the
	 * estimate is flagged "without QA".
	 */
	@Transactional
	public Estimate estimate(WorkItemId id, long expectedVersion, Integer points, TShirtSize size,
			Set<PersonId> participants) {
		if ((points == null) == (size == null)) {
			throw new InvalidInputException("points", "give either points or a size");
		}
		if (points != null && (points < 0 || points > Estimate.MAX_POINTS)) {
			throw new InvalidInputException("points", "must be between 0 and {0}", Estimate.MAX_POINTS);
		}
		if (participants == null || participants.isEmpty()) {
			throw new InvalidInputException("participants", "name who took part");
		}
		var item = items.findById(id.value()).orElseThrow(() -> new NotFoundException("work item", id));
		if (!item.isVersion(expectedVersion)) {
			throw new StaleVersionException("work item", id, expectedVersion);
		}
		var unknown = participants.stream().filter(p -> !people.exists(p)).map(PersonId::toString).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("participants", "no person has this id: {0}", String.join(", ", unknown));
		}
		boolean withoutQa = withoutQa(participants.stream().map(people::get).toList());
		int value = points != null ? points : reads.sizes(item.teamId().value()).points(size);
		var estimate = new Estimate(value, size,
				participants.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList(), withoutQa,
				clock.instant().truncatedTo(ChronoUnit.MICROS));
		item.estimate(estimate);
		items.save(item);
		audit.record(
				WorkItems.subject(id), "work-item.estimated", "Estimated “" + item.title() + "” at " + value + " points"
						+ (size == null ? "" : " (" + size + ")") + (withoutQa ? " without QA" : ""),
				null, participants.size() + " participants");
		return estimate;
	}

	/** The share of a team's estimated items that were estimated without QA. */
	@Transactional(readOnly = true)
	public WithoutQaShare withoutQaShare(TeamId team) {
		requireTeam(team);
		var counts = reads.estimateCounts(team.value());
		return new WithoutQaShare(team, counts[0], counts[1]);
	}

	@Transactional(readOnly = true)
	public SizeScale sizes(TeamId team) {
		requireTeam(team);
		return reads.sizes(team.value());
	}

	/** A team's t-shirt sizes and the version to change them from (0: never set). */
	public record TeamSizes(TeamId team, SizeScale scale, long version) {
	}

	@Transactional(readOnly = true)
	public TeamSizes teamSizes(TeamId team) {
		requireTeam(team);
		var sizes = reads.versionedSizes(team.value());
		return new TeamSizes(team, sizes.scale(), sizes.version());
	}

	/** Sets the team's t-shirt sizes; estimates already made keep their points. */
	@Transactional
	public SizeScale changeSizes(TeamId team, SizeScale scale) {
		requireTeam(team);
		return changeSizes(team, scale, reads.versionedSizes(team.value()).version()).scale();
	}

	/**
	 * Sets the team's t-shirt sizes if they are still at the version the editor read;
	 * stale (409) otherwise. Estimates already made keep their points.
	 */
	@Transactional
	public TeamSizes changeSizes(TeamId team, SizeScale scale, long expectedVersion) {
		if (scale == null) {
			throw new InvalidInputException("sizes", "is required");
		}
		requireTeam(team);
		var before = reads.versionedSizes(team.value());
		if (before.version() != expectedVersion || !reads.putSizes(team.value(), scale, expectedVersion)) {
			throw new StaleVersionException("t-shirt sizes of team", team, expectedVersion);
		}
		audit.record(Subject.of("team", team), "delivery.sizes-changed", "Changed t-shirt sizes to " + scale,
				before.scale().toString(), scale.toString());
		return new TeamSizes(team, scale, expectedVersion + 1);
	}

	/** Whether nobody among the participants wears an active QA hat today. */
	static boolean withoutQa(Collection<PersonView> participants) {
		return participants.stream()
			.flatMap(p -> p.currentHats().stream())
			.noneMatch(h -> h.active() && h.kind() == HatKind.QA);
	}

	private void requireTeam(TeamId team) {
		teams.get(team);
	}

}
