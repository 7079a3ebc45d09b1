package org.sanctuarytracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * A new account as an administrator types it.
 */
@Getter
@Setter
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

}
