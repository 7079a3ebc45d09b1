package org.sanctuarytracker.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.sanctuarytracker.system.BaseEntity;

/**
 * A person who may sign in to edit. Holds only a password hash, and counts failed logins
 * so a lockout survives a restart.
 */
// Dynamic updates: a sign-in writes only its counters, never an older copy of the name,
// role or access over an administrator's change saved meanwhile.
@Entity
@Table(name = "account")
@DynamicUpdate
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

	// Written by AccountRepository's own statements on sign-in (never through the entity,
	// so a sign-in bumps no version); set here only with a new password.
	@Column(name = "failed_login_count", nullable = false)
	private int failedLoginCount;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "updated_by")
	private String updatedBy;

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

	/** The administrator who last changed the account; null before anyone did. */
	public String getUpdatedBy() {
		return this.updatedBy;
	}

	void changedBy(String username) {
		this.updatedBy = username;
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

	@Override
	public String label() {
		return this.username;
	}

}
