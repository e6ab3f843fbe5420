package dev.tandem.roadmap;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** Row of an item's owning teams. */
@Table("roadmap_item_team")
record ItemTeam(UUID teamId) {
}
