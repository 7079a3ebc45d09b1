package org.sanctuarytracker.source;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.sanctuarytracker.system.BaseEntity;
import org.sanctuarytracker.system.PartialDate;

/**
 * A published document behind facts. Publisher, URL and date stay empty when the document
 * does not give them.
 */
@Entity
@Audited
@Table(name = "source")
@Getter
@Setter
public class Source extends BaseEntity {

	@Column(nullable = false)
	private String title;

	private @Nullable String publisher;

	private @Nullable String url;

	@Embedded
	private @Nullable PartialDate publishedOn;

	@Column(name = "accessed_on")
	private @Nullable LocalDate accessedOn;

	@Column(name = "archive_url")
	private @Nullable String archiveUrl;

	private @Nullable String notes;

	protected Source() {
	}

	public Source(String title) {
		this.title = title;
	}

	/**
	 * Whether the title is a description an editor supplied in square brackets for a work
	 * that has none ("[Untitled article: …]", as citation styles write it): a
	 * bibliography shows it, a link beside a fact names the outlet instead.
	 */
	public boolean isUntitled() {
		return this.title != null && this.title.startsWith("[") && this.title.endsWith("]");
	}

	/**
	 * The outlet a citation names: the publisher, or the title when the source has no
	 * publisher on record.
	 */
	public String outlet() {
		return (this.publisher != null) ? this.publisher : this.title;
	}

	@Override
	public String label() {
		return this.title;
	}

}
