package org.sanctuarytracker.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One save: who made it, when, and the one-line summary they gave. Every audited row
 * written in that transaction points to it.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionStamp.class)
@Getter
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(name = "revised_at", nullable = false)
	private Instant revisedAt;

	@Column(nullable = false)
	private String username;

	@Column(nullable = false)
	private String summary;

	void setUsername(String username) {
		this.username = username;
	}

	void setSummary(String summary) {
		this.summary = summary;
	}

}
