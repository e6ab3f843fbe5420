package dev.tandem.roadmap;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dev.tandem.okr.ObjectiveId;
import dev.tandem.org.TeamId;

/**
 * An outcome card on the roadmap: its details, its lane and its position in that lane.
 * The position of the other items in the lane is kept by {@link LaneOrder}; the item only
 * records where it was put.
 */
@Table("roadmap_item")
class RoadmapItem {

	@Id
	private final UUID id;

	private String title;

	private String problem;

	private String outcome;

	private String measure;

	private Lane lane;

	private int lanePosition;

	private final Instant createdAt;

	@MappedCollection(idColumn = "item_id")
	private Set<ItemTeam> teams;

	@MappedCollection(idColumn = "item_id")
	private Set<ItemObjective> objectives;

	@Version
	private Long version;

	@PersistenceCreator
	RoadmapItem(UUID id, String title, String problem, String outcome, String measure, Lane lane, int lanePosition,
			Instant createdAt, Set<ItemTeam> teams, Set<ItemObjective> objectives, Long version) {
		this.id = id;
		this.title = title;
		this.problem = problem;
		this.outcome = outcome;
		this.measure = measure;
		this.lane = lane;
		this.lanePosition = lanePosition;
		this.createdAt = createdAt;
		this.teams = new HashSet<>(teams == null ? Set.of() : teams);
		this.objectives = new HashSet<>(objectives == null ? Set.of() : objectives);
		this.version = version;
	}

	static RoadmapItem create(RoadmapItemDetails details, Lane lane, int position, Instant now) {
		var item = new RoadmapItem(UUID.randomUUID(), null, null, null, null, lane, position, now, Set.of(), Set.of(),
				null);
		item.change(details);
		return item;
	}

	void change(RoadmapItemDetails details) {
		this.title = details.title();
		this.problem = details.problem();
		this.outcome = details.outcome();
		this.measure = details.measure();
		this.teams = details.teamIds()
			.stream()
			.map(t -> new ItemTeam(t.value()))
			.collect(Collectors.toCollection(HashSet::new));
		this.objectives = details.objectiveIds()
			.stream()
			.map(o -> new ItemObjective(o.value()))
			.collect(Collectors.toCollection(HashSet::new));
	}

	/** Puts the item in a lane at a position that the lane's {@link LaneOrder} gave. */
	void placeIn(Lane lane, int position) {
		if (position < 1) {
			throw new IllegalArgumentException("positions start at 1");
		}
		this.lane = lane;
		this.lanePosition = position;
	}

	RoadmapItemId id() {
		return new RoadmapItemId(id);
	}

	String title() {
		return title;
	}

	Lane lane() {
		return lane;
	}

	int position() {
		return lanePosition;
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	RoadmapItemDetails details() {
		return new RoadmapItemDetails(title, problem, outcome, measure,
				teams.stream().map(t -> new TeamId(t.teamId())).collect(Collectors.toSet()),
				objectives.stream().map(o -> new ObjectiveId(o.objectiveId())).collect(Collectors.toSet()));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RoadmapItem item && item.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

}
