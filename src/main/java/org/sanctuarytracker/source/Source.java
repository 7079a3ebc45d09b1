package org.sanctuarytracker.source;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.sanctuarytracker.system.BaseEntity;
import org.sanctuarytracker.system.PartialDate;

/**
 * A published document behind facts. Publisher, URL and date stay empty when the document
 * does not give them.
 */
@Entity
@Audited
@Table(name = "source")
public class Source extends BaseEntity {

	@Column(nullable = false)
	private String title;

	private String publisher;

	private String url;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "published_on")),
			@AttributeOverride(name = "precision", column = @Column(name = "published_on_precision")) })
	private PartialDate publishedOn;

	@Column(name = "accessed_on")
	private LocalDate accessedOn;

	@Column(name = "archive_url")
	private String archiveUrl;

	private String notes;

	protected Source() {
	}

	public Source(String title) {
		this.title = title;
	}

	public String getTitle() {
		return this.title;
	}

	/**
	 * Whether the title is a description an editor supplied in square brackets for a work
	 * that has none ("[Untitled article: …]", as citation styles write it): a
	 * bibliography shows it, a link beside a fact names the outlet instead.
	 */
	public boolean isUntitled() {
		return this.title != null && this.title.startsWith("[") && this.title.endsWith("]");
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	/**
	 * The outlet a citation names: the publisher, or the title when the source has no
	 * publisher on record.
	 */
	public String outlet() {
		return (this.publisher != null) ? this.publisher : this.title;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public PartialDate getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(PartialDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public LocalDate getAccessedOn() {
		return this.accessedOn;
	}

	public void setAccessedOn(LocalDate accessedOn) {
		this.accessedOn = accessedOn;
	}

	public String getArchiveUrl() {
		return this.archiveUrl;
	}

	public void setArchiveUrl(String archiveUrl) {
		this.archiveUrl = archiveUrl;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	@Override
	public String label() {
		return this.title;
	}

}
