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

	public AccountUpdateForm() {
	}

	AccountUpdateForm(Account account) {
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.enabled = account.isEnabled();
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

}
