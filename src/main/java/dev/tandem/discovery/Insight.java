package dev.tandem.discovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A piece of user evidence. It never claims to be observed in the future. */
@Table("discovery_insight")
class Insight {

	@Id
	private final UUID id;

	@Column("body")
	private String text;

	private InsightKind kind;

	private String source;

	private LocalDate observedOn;

	private String link;

	private final Instant createdAt;

	@MappedCollection(idColumn = "insight_id")
	private Set<InsightTag> tags;

	@Version
	private Long version;

	@PersistenceCreator
	Insight(UUID id, String text, InsightKind kind, String source, LocalDate observedOn, String link, Instant createdAt,
			Set<InsightTag> tags, Long version) {
		this.id = id;
		this.text = text;
		this.kind = kind;
		this.source = source;
		this.observedOn = observedOn;
		this.link = link;
		this.createdAt = createdAt;
		this.tags = new HashSet<>(tags == null ? Set.of() : tags);
		this.version = version;
	}

	static Insight capture(InsightDetails details, LocalDate today, Instant now) {
		var insight = new Insight(UUID.randomUUID(), null, null, null, null, null, now, Set.of(), null);
		insight.change(details, today);
		return insight;
	}

	void change(InsightDetails details, LocalDate today) {
		details.requireNotAfter(today);
		this.text = details.text();
		this.kind = details.kind();
		this.source = details.source();
		this.observedOn = details.observedOn();
		this.link = details.link();
		this.tags = details.tags().stream().map(InsightTag::new).collect(Collectors.toCollection(HashSet::new));
	}

	InsightId id() {
		return new InsightId(id);
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	InsightView view() {
		return new InsightView(id(), text, kind, source, observedOn, link,
				tags.stream().map(InsightTag::tag).sorted().toList(), version == null ? 0 : version);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Insight insight && insight.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

}
