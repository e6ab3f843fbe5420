package dev.tandem.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	List<UserAccount> findAllByOrderByEmail();

	List<UserAccount> findByPasswordHashIsNull();

	/**
	 * Locks the enabled administrators until the transaction ends, so two administrators
	 * demoting each other at the same moment cannot both succeed and leave none.
	 */
	@Query("select id from app_user where role = 'ADMIN' and enabled = true order by id for update")
	List<UUID> lockEnabledAdmins();

}
