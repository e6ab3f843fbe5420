package dev.tandem.roadmap;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** Row of the objectives an item serves. */
@Table("roadmap_item_objective")
record ItemObjective(UUID objectiveId) {
}
