package dev.tandem.okr;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CommitmentSetRepository extends ListCrudRepository<CommitmentSet, UUID> {

	Optional<CommitmentSet> findByTeamIdAndQuarter(UUID teamId, String quarter);

}
