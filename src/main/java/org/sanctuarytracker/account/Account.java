package org.sanctuarytracker.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.sanctuarytracker.system.BaseEntity;

/**
 * A person who may sign in to edit. Holds only a password hash, and counts failed logins
 * so a lockout survives a restart.
 */
// Dynamic updates: a sign-in writes only its counters, never an older copy of the name,
// role or access over an administrator's change saved meanwhile.
// Audited like the records (account_aud, V84): every administrator's change is a revision
// with its summary. The hash, the counters and the sign-in times are not: they are no
// one's edit, and a hash must not be copied into a history.
@Entity
@Table(name = "account")
@DynamicUpdate
@Audited
@Getter
public class Account extends BaseEntity {

	@Column(nullable = false, unique = true)
	private String username;

	@NotAudited
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
	@NotAudited
	@Column(name = "failed_login_count", nullable = false)
	private int failedLoginCount;

	@NotAudited
	@Column(name = "locked_until")
	private Instant lockedUntil;

	// The revision already names who saved it.
	@NotAudited
	@Column(name = "updated_by")
	private String updatedBy;

	// Written by AccountRepository on a successful sign-in, like the counters.
	@NotAudited
	@Column(name = "last_signed_in_at")
	private Instant lastSignedInAt;

	// When an administrator last set a new password or unlocked the account: what their
	// revisions show, since the hash and the lock are not in the history.
	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(name = "unlocked_at")
	@Getter(AccessLevel.NONE)
	private Instant unlockedAt;

	protected Account() {
	}

	Account(String username, String displayName, Role role, String passwordHash) {
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
	}

	void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	void setRole(Role role) {
		this.role = role;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	/** A new password, which also unlocks the account: the lock guards the old one. */
	void setPasswordHash(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		this.failedLoginCount = 0;
		this.lockedUntil = null;
	}

	/**
	 * Lifts a lock before it ends; false (and no change) when the account is not locked.
	 */
	boolean unlock(Instant now) {
		if (!isLocked(now)) {
			return false;
		}
		this.failedLoginCount = 0;
		this.lockedUntil = null;
		this.unlockedAt = now;
		return true;
	}

	/** The administrator who last changed the account; null before anyone did. */
	public String getUpdatedBy() {
		return this.updatedBy;
	}

	void changedBy(String username) {
		this.updatedBy = username;
	}

	/** The last successful sign-in; null before the first (or before V84 kept it). */
	public Instant getLastSignedInAt() {
		return this.lastSignedInAt;
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	@Override
	public String label() {
		return this.username;
	}

}
