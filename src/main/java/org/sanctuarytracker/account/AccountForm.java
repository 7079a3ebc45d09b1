package org.sanctuarytracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account as an administrator types it.
 */
public class AccountForm {

	@NotBlank
	@Pattern(regexp = "[a-zA-Z0-9._-]{2,50}", message = "{account.username.invalid}")
	private String username;

	@NotBlank
	@Size(max = 100)
	private String displayName;

	@NotNull
	private Role role = Role.EDITOR;

	// Its length and the other rules are PasswordRules', checked by the controller with
	// the username; bound exactly as typed, never trimmed (see WebConfiguration).
	@NotEmpty
	private String password;

	// Optional: a new account's first revision says "Account created" without one.
	@Size(max = 200)
	private String editSummary;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
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

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getEditSummary() {
		return this.editSummary;
	}

	public void setEditSummary(String editSummary) {
		this.editSummary = editSummary;
	}

}
