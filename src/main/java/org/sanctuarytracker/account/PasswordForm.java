package org.sanctuarytracker.account;

import jakarta.validation.constraints.NotEmpty;

/**
 * A new password an administrator sets for an account.
 */
public class PasswordForm {

	// Its length and the other rules are PasswordRules', checked by the controller with
	// the username; bound exactly as typed, never trimmed (see WebConfiguration).
	@NotEmpty
	private String password;

	// The version of the account the administrator saw: a reset based on an older one is
	// stale (409).
	private Long version;

	public PasswordForm() {
	}

	PasswordForm(Account account) {
		this.version = account.getVersion();
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
