package org.sanctuarytracker.system;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import lombok.Getter;
import org.hibernate.envers.Audited;

/**
 * Identity, timestamps and the optimistic-locking version every table carries.
 */
// Audited so the history keeps created_at and updated_at too (for audited entities only).
@MappedSuperclass
@Audited
@Getter
public abstract class BaseEntity {

	// From the table's own sequence, in blocks (see TableIdSequenceNaming and V10).
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	// Set in JPA callbacks, not by Hibernate's generated timestamps, so the revision
	// history (Envers) records them too. Microseconds: what PostgreSQL keeps.
	@PrePersist
	void stampCreation() {
		this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void stampUpdate() {
		this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Marks the record changed when only records it owns changed (a person's terms), so
	 * its own history and the change list show the save.
	 */
	protected void touch() {
		this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	/** How the record is named in history and change lists: a name, a title, a quote. */
	public abstract String label();

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(other)) {
			return false;
		}
		return this.id != null && this.id.equals(((BaseEntity) other).id);
	}

	@Override
	public int hashCode() {
		return org.hibernate.Hibernate.getClass(this).hashCode();
	}

}
