package org.sanctuarytracker.account;

import java.time.Clock;
import java.util.List;

import org.sanctuarytracker.system.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and managing accounts, and keeping their failed-login counts.
 */
@Service
@Transactional
public class AccountService {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final LoginPolicy policy;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, LoginPolicy policy, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.clock = clock;
	}

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

	public Account create(String username, String displayName, Role role, String password) {
		return this.accounts
			.save(new Account(normalise(username), displayName.strip(), role, this.passwordEncoder.encode(password)));
	}

	/**
	 * Changes an account. Refused (returns false) when it would leave no enabled
	 * administrator, since nobody could then manage accounts.
	 */
	public boolean update(long id, String displayName, Role role, boolean enabled) {
		Account account = get(id);
		boolean stopsBeingAdmin = account.getRole() == Role.ADMIN && account.isEnabled()
				&& (role != Role.ADMIN || !enabled);
		if (stopsBeingAdmin && this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			return false;
		}
		account.setDisplayName(displayName.strip());
		account.setRole(role);
		account.setEnabled(enabled);
		return true;
	}

	public void resetPassword(long id, String password) {
		get(id).setPasswordHash(this.passwordEncoder.encode(password));
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

	void recordFailedLogin(String username) {
		this.accounts.findByUsername(normalise(username))
			.ifPresent((account) -> account.failedLogin(this.policy.maxFailuresPerAccount(),
					this.clock.instant().plus(this.policy.lockTime())));
	}

	void recordSuccessfulLogin(String username) {
		this.accounts.findByUsername(normalise(username)).ifPresent(Account::succeededLogin);
	}

	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(java.util.Locale.ROOT) : "";
	}

}
