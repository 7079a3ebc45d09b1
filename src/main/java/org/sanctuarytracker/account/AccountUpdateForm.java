package org.sanctuarytracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An existing account's name, role and whether it may sign in.
 */
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

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getEditSummary() {
		return this.editSummary;
	}

	public void setEditSummary(String editSummary) {
		this.editSummary = editSummary;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
