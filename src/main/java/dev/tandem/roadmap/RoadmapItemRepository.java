package dev.tandem.roadmap;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RoadmapItemRepository extends ListCrudRepository<RoadmapItem, UUID> {

}
