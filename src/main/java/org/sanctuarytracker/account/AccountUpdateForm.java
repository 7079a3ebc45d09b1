package org.sanctuarytracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * An existing account's name, role and whether it may sign in.
 */
@Getter
@Setter
public class AccountUpdateForm {

	@NotBlank
	@Size(max = 100)
	private String displayName;

	@NotNull
	private Role role;

	private boolean enabled;

	// Why: recorded with the change in the account's history, as every record's save is.
	@NotBlank(message = "{edit.summary.required}")
	@Size(max = 200)
	private String editSummary;

	// The version the administrator started from: a save based on an older one is
	// stale (409).
	private Long version;

	public AccountUpdateForm() {
	}

	AccountUpdateForm(Account account) {
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.enabled = account.isEnabled();
		this.version = account.getVersion();
	}

}
