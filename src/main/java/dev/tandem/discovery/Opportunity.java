package dev.tandem.discovery;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A user problem worth solving and the insights that support it. */
@Table("discovery_opportunity")
class Opportunity {

	@Id
	private final UUID id;

	private String title;

	private String description;

	private final Instant createdAt;

	@MappedCollection(idColumn = "opportunity_id")
	private Set<OpportunityInsight> insights;

	@Version
	private Long version;

	@PersistenceCreator
	Opportunity(UUID id, String title, String description, Instant createdAt, Set<OpportunityInsight> insights,
			Long version) {
		this.id = id;
		this.title = title;
		this.description = description;
		this.createdAt = createdAt;
		this.insights = new HashSet<>(insights == null ? Set.of() : insights);
		this.version = version;
	}

	static Opportunity create(OpportunityDetails details, Instant now) {
		var opportunity = new Opportunity(UUID.randomUUID(), null, null, now, Set.of(), null);
		opportunity.change(details);
		return opportunity;
	}

	void change(OpportunityDetails details) {
		this.title = details.title();
		this.description = details.description();
	}

	/** Adds a supporting insight; false when it already supported the opportunity. */
	boolean link(InsightId insight) {
		return insights.add(new OpportunityInsight(insight.value()));
	}

	/** Removes a supporting insight; false when it did not support the opportunity. */
	boolean unlink(InsightId insight) {
		return insights.remove(new OpportunityInsight(insight.value()));
	}

	Set<UUID> insightIds() {
		var ids = new HashSet<UUID>();
		insights.forEach(i -> ids.add(i.insightId()));
		return ids;
	}

	OpportunityId id() {
		return new OpportunityId(id);
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	long version() {
		return version == null ? 0 : version;
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Opportunity opportunity && opportunity.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

}
