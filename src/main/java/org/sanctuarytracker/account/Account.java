package org.sanctuarytracker.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.sanctuarytracker.system.BaseEntity;

/**
 * A person who may sign in to edit. Holds only a password hash, and counts failed logins
 * so a lockout survives a restart.
 */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "failed_login_count", nullable = false)
	private int failedLoginCount;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected Account() {
	}

	Account(String username, String displayName, Role role, String passwordHash) {
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
		this.failedLoginCount = 0;
		this.lockedUntil = null;
	}

	public int getFailedLoginCount() {
		return this.failedLoginCount;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/**
	 * Counts a failed login; the one that reaches the limit locks the account for a
	 * while.
	 */
	void failedLogin(int maxFailures, Instant lockUntil) {
		this.failedLoginCount++;
		if (this.failedLoginCount >= maxFailures) {
			this.lockedUntil = lockUntil;
			this.failedLoginCount = 0;
		}
	}

	void succeededLogin() {
		this.failedLoginCount = 0;
		this.lockedUntil = null;
	}

	@Override
	public String label() {
		return this.username;
	}

}
