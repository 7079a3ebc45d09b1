package org.sanctuarytracker.source;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sanctuarytracker.system.PartialDate;

/**
 * A source added from inside another record's form, for the fact being entered. Left
 * empty, it adds nothing.
 */
public class NewSourceForm {

	@Size(max = 500)
	private String title;

	@Size(max = 200)
	private String publisher;

	@Pattern(regexp = "https?://\\S+", message = "{source.url.invalid}")
	private String url;

	private PartialDate publishedOn;

	public boolean isFilled() {
		return this.title != null || this.publisher != null || this.url != null || this.publishedOn != null;
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

}
