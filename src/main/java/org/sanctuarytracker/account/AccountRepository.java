package org.sanctuarytracker.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	List<Account> findAllByOrderByUsername();

	/**
	 * Counts a sign-in attempt before its password is checked, unless the account is
	 * locked; the attempt that reaches the limit locks the account until the given
	 * instant (it is still checked itself) and starts the count again. One statement, so
	 * of any number of concurrent attempts exactly the limit get their password checked.
	 * A successful sign-in forgets the count ({@link #forgetFailedLogins}). Returns 0
	 * when the account is locked (or does not exist).
	 */
	@Modifying
	@Query(value = """
			update account set
			  locked_until = case when failed_login_count + 1 >= :max then :until else locked_until end,
			  failed_login_count = case when failed_login_count + 1 >= :max then 0 else failed_login_count + 1 end
			where username = :username and (locked_until is null or locked_until <= :now)""", nativeQuery = true)
	int countLoginAttempt(String username, int max, Instant now, Instant until);

	/** Locks an account that is not locked already, until the given instant. */
	@Modifying
	@Query(value = """
			update account set failed_login_count = 0, locked_until = :until
			where username = :username and (locked_until is null or locked_until <= :now)""", nativeQuery = true)
	int lock(String username, Instant now, Instant until);

	@Modifying
	@Query(value = """
			update account set failed_login_count = 0, locked_until = null
			where username = :username and (failed_login_count <> 0 or locked_until is not null)""", nativeQuery = true)
	void forgetFailedLogins(String username);

	/** When the account last signed in: no change to the account, so no version. */
	@Modifying
	@Query(value = "update account set last_signed_in_at = :at where username = :username", nativeQuery = true)
	void recordSignIn(String username, Instant at);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = :id")
	Optional<Account> findLockedById(long id);

	/**
	 * Locks the enabled administrators' rows until the transaction ends and returns their
	 * ids. A concurrent change that could remove an administrator waits here, then sees
	 * the rows as committed (PostgreSQL re-reads a locked row it waited for), so two
	 * administrators demoting each other at once cannot both succeed, on any app
	 * instance.
	 */
	@Query(value = "select id from account where role = 'ADMIN' and enabled order by id for update", nativeQuery = true)
	List<Long> lockEnabledAdministrators();

}
