package org.sanctuarytracker.source;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sanctuarytracker.system.PartialDate;
import org.sanctuarytracker.system.ExactDay;

/**
 * A source added from inside another record's form, for the fact being entered, with the
 * fields and checks of the source form (the title is required only once something is
 * typed: {@link CitingForm#checkRules}). Left empty, it adds nothing.
 */
public class NewSourceForm implements TypedSource {

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

	public boolean isFilled() {
		return this.title != null || this.publisher != null || this.url != null || this.publishedOn != null
				|| this.accessedOn != null || this.archiveUrl != null || this.notes != null;
	}

	/** The source as typed, for the save that cites it. */
	Source toSource() {
		Source source = new Source(this.title);
		copyTo(source);
		return source;
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

	public PartialDate getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(PartialDate publishedOn) {
		this.publishedOn = publishedOn;
	}

}
