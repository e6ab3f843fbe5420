package dev.tandem.discovery;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A candidate solution to an opportunity, perhaps tied to a roadmap item. */
@Table("discovery_idea")
class Idea {

	@Id
	private final UUID id;

	private UUID opportunityId;

	private String title;

	private String description;

	private UUID roadmapItemId;

	private final Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	Idea(UUID id, UUID opportunityId, String title, String description, UUID roadmapItemId, Instant createdAt,
			Long version) {
		this.id = id;
		this.opportunityId = opportunityId;
		this.title = title;
		this.description = description;
		this.roadmapItemId = roadmapItemId;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Idea create(IdeaDetails details, Instant now) {
		var idea = new Idea(UUID.randomUUID(), null, null, null, null, now, null);
		idea.change(details);
		return idea;
	}

	void change(IdeaDetails details) {
		this.opportunityId = details.opportunityId().value();
		this.title = details.title();
		this.description = details.description();
		this.roadmapItemId = details.roadmapItemId();
	}

	IdeaId id() {
		return new IdeaId(id);
	}

	IdeaDetails details() {
		return new IdeaDetails(new OpportunityId(opportunityId), title, description, roadmapItemId);
	}

	long version() {
		return version == null ? 0 : version;
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Idea idea && idea.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

}
