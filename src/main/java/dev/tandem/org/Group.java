package dev.tandem.org;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A group of teams (tribe, product area) led by a product director and an engineering
 * manager.
 */
@Table("org_group")
class Group {

	@Id
	private final UUID id;

	private String name;

	private String nameKey;

	private String mission;

	private UUID productDirectorId;

	private UUID engineeringManagerId;

	@Version
	private Long version;

	@PersistenceCreator
	Group(UUID id, String name, String nameKey, String mission, UUID productDirectorId, UUID engineeringManagerId,
			Long version) {
		this.id = id;
		this.name = name;
		this.nameKey = nameKey;
		this.mission = mission;
		this.productDirectorId = productDirectorId;
		this.engineeringManagerId = engineeringManagerId;
		this.version = version;
	}

	static Group create(GroupDetails details) {
		var group = new Group(UUID.randomUUID(), null, null, null, null, null, null);
		group.change(details);
		return group;
	}

	void change(GroupDetails details) {
		this.name = details.name();
		this.nameKey = Team.keyOf(details.name());
		this.mission = details.mission();
		this.productDirectorId = details.productDirectorId() == null ? null : details.productDirectorId().value();
		this.engineeringManagerId = details.engineeringManagerId() == null ? null
				: details.engineeringManagerId().value();
	}

	List<OrgWarning> warnings(BiPredicate<UUID, HatKind> holdsHat) {
		return OrgRules.groupWarnings(productDirectorId, engineeringManagerId, holdsHat);
	}

	GroupId id() {
		return new GroupId(id);
	}

	String name() {
		return name;
	}

	String nameKey() {
		return nameKey;
	}

	Long version() {
		return version;
	}

	boolean isVersion(long expected) {
		return version != null && version == expected;
	}

	GroupDetails details() {
		return new GroupDetails(name, mission, productDirectorId == null ? null : new PersonId(productDirectorId),
				engineeringManagerId == null ? null : new PersonId(engineeringManagerId));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Group group && group.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

}
