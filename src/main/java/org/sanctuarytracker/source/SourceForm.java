package org.sanctuarytracker.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sanctuarytracker.editing.EditForm;
import org.sanctuarytracker.system.PartialDate;
import org.sanctuarytracker.system.ExactDay;

/**
 * A source as an editor types it. Publisher, URL and date stay empty when the document
 * does not give them.
 */
public class SourceForm extends EditForm implements TypedSource {

	@NotBlank
	@Size(max = 500)
	private String title;

	@Size(max = 200)
	private String publisher;

	@Pattern(regexp = "https?://\\S+", message = "{source.url.invalid}")
	private String url;

	private PartialDate publishedOn;

	@ExactDay
	private LocalDate accessedOn;

	@Pattern(regexp = "https?://\\S+", message = "{source.url.invalid}")
	private String archiveUrl;

	private String notes;

	public SourceForm() {
	}

	public SourceForm(Source source) {
		this.title = source.getTitle();
		this.publisher = source.getPublisher();
		this.url = source.getUrl();
		this.publishedOn = source.getPublishedOn();
		this.accessedOn = source.getAccessedOn();
		this.archiveUrl = source.getArchiveUrl();
		this.notes = source.getNotes();
		setVersion(source.getVersion());
	}

	public String getTitle() {
		return this.title;
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

}
