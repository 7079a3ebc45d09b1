package org.sanctuarytracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * A new password an administrator sets for an account.
 */
@Getter
@Setter
public class PasswordForm {

	// Its length and the other rules are PasswordRules', checked by the controller with
	// the username; bound exactly as typed, never trimmed (see WebConfiguration).
	@NotEmpty
	private String password;

	// Why, for the account's history. Named apart from the account form's summary: both
	// forms are on one page, and field ids must differ.
	@NotBlank(message = "{edit.summary.required}")
	@Size(max = 200)
	private String resetSummary;

	// The version of the account the administrator saw: a reset based on an older one is
	// stale (409).
	private Long version;

	public PasswordForm() {
	}

	PasswordForm(Account account) {
		this.version = account.getVersion();
	}

}
