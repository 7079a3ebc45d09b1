package org.sanctuarytracker.account;

/**
 * What an account may do. EDITOR changes records; ADMIN also manages accounts.
 */
public enum Role {

	EDITOR, ADMIN

}
