package org.sanctuarytracker.account;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs editors in from the account table. Each attempt is counted against its account
 * before the password is checked, in one statement that also refuses a locked account:
 * however many attempts arrive at once, exactly the allowed number get their password
 * checked, and a locked account cannot be used to test guesses.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountUserDetailsService implements UserDetailsService {

	private final AccountService accountService;

	private final AccountRepository accounts;

	// Not one transaction: the count commits before the password hash is computed, so
	// concurrent attempts wait for one short update each, not for each other's hashing.
	@Override
	public UserDetails loadUserByUsername(String username) {
		boolean counted = this.accountService.countLoginAttempt(username);
		Account account = this.accounts.findByUsername(AccountService.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRole().name())
			.disabled(!account.isEnabled())
			.accountLocked(!counted)
			.build();
	}

}
