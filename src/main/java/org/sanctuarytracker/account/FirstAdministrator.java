package org.sanctuarytracker.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when no account exists: from TRACKER_ADMIN_USERNAME and
 * TRACKER_ADMIN_PASSWORD, or else an "admin" account with a random password logged once.
 * There is no default password anywhere.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(FirstAdministrator.class);

	// The summary of the account's first revision.
	private static final String FIRST = "First administrator, created at start-up";

	private final AccountService accounts;

	private final String username;

	private final String password;

	private final PasswordRules passwordRules;

	FirstAdministrator(AccountService accounts, PasswordRules passwordRules,
			@Value("${tracker.admin.username:}") String username,
			@Value("${tracker.admin.password:}") String password) {
		this.accounts = accounts;
		this.passwordRules = passwordRules;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.accounts.none()) {
			return;
		}
		String name = this.username.isBlank() ? "admin" : this.username;
		if (!this.password.isBlank()) {
			List<String> problems = this.passwordRules.problems(this.password, name);
			if (!problems.isEmpty()) {
				throw new IllegalStateException(
						"TRACKER_ADMIN_PASSWORD is not acceptable (" + String.join(", ", problems) + "): use "
								+ PasswordRules.MIN_LENGTH + " to " + PasswordRules.MAX_LENGTH
								+ " characters, not a common password and not containing the username");
			}
			this.accounts.create(name, name, Role.ADMIN, this.password, FIRST);
			logger.info("Created the first administrator '" + name + "' from TRACKER_ADMIN_USERNAME/PASSWORD");
			return;
		}
		String generated = randomPassword();
		this.accounts.create(name, name, Role.ADMIN, generated, FIRST);
		logger.warn("Created the first administrator '" + name + "' with the password " + generated
				+ " (shown only now: sign in at /login and change it under /admin/accounts)");
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
