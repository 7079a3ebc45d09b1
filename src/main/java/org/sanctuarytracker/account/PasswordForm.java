package org.sanctuarytracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password an administrator sets for an account.
 */
public class PasswordForm {

	@NotBlank
	@Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200, message = "{account.password.tooShort}")
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
