package dev.tandem.discovery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ExperimentRepository extends ListCrudRepository<Experiment, UUID> {

	List<Experiment> findByIdeaIdIn(Collection<UUID> ideaIds);

	List<Experiment> findByConcludedAtGreaterThanEqualAndConcludedAtLessThan(Instant from, Instant to);

}
