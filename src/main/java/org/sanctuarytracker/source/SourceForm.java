package org.sanctuarytracker.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.sanctuarytracker.editing.EditForm;
import org.sanctuarytracker.system.ExactDay;
import org.sanctuarytracker.system.PartialDate;

/**
 * A source as an editor types it. Publisher, URL and date stay empty when the document
 * does not give them.
 */
@Getter
@Setter
public class SourceForm extends EditForm implements TypedSource {

	@NotBlank
	@Size(max = 500)
	private @Nullable String title;

	@Size(max = 200)
	private @Nullable String publisher;

	@Pattern(regexp = "https?://\\S+", message = "{source.url.invalid}")
	private @Nullable String url;

	private @Nullable PartialDate publishedOn;

	@ExactDay
	private @Nullable LocalDate accessedOn;

	@Pattern(regexp = "https?://\\S+", message = "{source.url.invalid}")
	private @Nullable String archiveUrl;

	private @Nullable String notes;

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

}
