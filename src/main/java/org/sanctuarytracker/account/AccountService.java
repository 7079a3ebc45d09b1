package org.sanctuarytracker.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.editing.StaleEditException;
import org.sanctuarytracker.history.EditSummary;
import org.sanctuarytracker.system.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and managing accounts, and keeping their failed-login counts.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final LoginPolicy policy;

	private final Clock clock;

	@Transactional(readOnly = true)
	public List<Account> all() {
		return this.accounts.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public Account get(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.findByUsername(normalise(username)).isPresent();
	}

	@Transactional(readOnly = true)
	public boolean none() {
		return this.accounts.count() == 0;
	}

	/**
	 * Creates an account, recorded in the history with the given summary (or one that
	 * says only that it was created, when the administrator gave none).
	 */
	public Account create(String username, String displayName, Role role, String password, String summary) {
		EditSummary.set((summary == null || summary.isBlank()) ? "Account created" : summary);
		return this.accounts
			.save(new Account(normalise(username), displayName.strip(), role, this.passwordEncoder.encode(password)));
	}

	/**
	 * Changes an account, as an administrator started from its given version. Refused
	 * (returns false) when it would leave no enabled administrator, since nobody could
	 * then manage accounts: the administrators' rows stay locked from the check to the
	 * commit, so concurrent demotions cannot together remove the last one. A version
	 * other than the stored one is a stale edit (409).
	 */
	public boolean update(long id, Long version, String displayName, Role role, boolean enabled, String summary,
			String by) {
		List<Long> administrators = this.accounts.lockEnabledAdministrators();
		Account account = current(id, version);
		boolean stopsBeingAdmin = administrators.contains(account.getId()) && (role != Role.ADMIN || !enabled);
		if (stopsBeingAdmin && administrators.size() <= 1) {
			return false;
		}
		EditSummary.set(summary);
		account.setDisplayName(displayName.strip());
		account.setRole(role);
		account.setEnabled(enabled);
		account.changedBy(by);
		this.accounts.flush();
		return true;
	}

	/**
	 * Sets a new password, as an administrator started from the given version; this also
	 * unlocks the account.
	 */
	public void resetPassword(long id, Long version, String password, String summary, String by) {
		Account account = current(id, version);
		EditSummary.set(summary);
		account.setPasswordHash(this.passwordEncoder.encode(password), now());
		account.changedBy(by);
		this.accounts.flush();
	}

	/**
	 * Lifts an account's lock before it ends, recorded in the history; false when it was
	 * not locked (nothing is recorded then). No version is asked: whatever else changed
	 * meanwhile, the lock is lifted the same.
	 */
	public boolean unlock(long id, String summary, String by) {
		Account account = this.accounts.findLockedById(id).orElseThrow(() -> new NotFoundException("account", id));
		if (!account.isLocked(this.clock.instant())) {
			return false;
		}
		EditSummary.set(summary);
		account.unlock(now());
		account.changedBy(by);
		this.accounts.flush();
		return true;
	}

	// What PostgreSQL keeps, so the history shows the value stored.
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private Account current(long id, Long version) {
		// Locked, so the version checked is the committed one and stays so until commit.
		Account account = this.accounts.findLockedById(id).orElseThrow(() -> new NotFoundException("account", id));
		StaleEditException.check(account, version, "account");
		return account;
	}

	/**
	 * What a signed-in session depends on: the account is enabled, its role, its
	 * password. Null when the account is gone or disabled.
	 */
	@Transactional(readOnly = true)
	public String fingerprint(String username) {
		return this.accounts.findByUsername(normalise(username))
			.filter(Account::isEnabled)
			.map((account) -> account.getRole() + ":" + Integer.toHexString(account.getPasswordHash().hashCode()))
			.orElse(null);
	}

	// The counters are written by statements of their own, not through the entity: a
	// sign-in is no change to the account, so it must neither bump its version (making an
	// administrator's open edit stale) nor stamp updated_at.

	/**
	 * Counts a sign-in attempt for the account before its password is checked; false when
	 * the account is locked (or unknown), and the password must not be checked. Commits
	 * at once, so no row stays locked while the password hash is computed.
	 */
	boolean countLoginAttempt(String username) {
		Instant now = this.clock.instant();
		return this.accounts.countLoginAttempt(normalise(username), this.policy.maxFailuresPerAccount(), now,
				now.plus(this.policy.lockTime())) > 0;
	}

	/** Locks the account for the lock time, as though it had reached its limit. */
	void lock(String username) {
		Instant now = this.clock.instant();
		this.accounts.lock(normalise(username), now, now.plus(this.policy.lockTime()));
	}

	void recordSuccessfulLogin(String username) {
		this.accounts.forgetFailedLogins(normalise(username));
		this.accounts.recordSignIn(normalise(username), now());
	}

	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(java.util.Locale.ROOT) : "";
	}

}
