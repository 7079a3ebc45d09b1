package org.sanctuarytracker.source;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.sanctuarytracker.system.ExactDay;
import org.sanctuarytracker.system.PartialDate;

/**
 * A source added from inside another record's form, for the fact being entered, with the
 * fields and checks of the source form (the title is required only once something is
 * typed: {@link CitingForm#checkRules}). Left empty, it adds nothing.
 */
@Getter
@Setter
public class NewSourceForm implements TypedSource {

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

	public boolean isFilled() {
		return this.title != null || this.publisher != null || this.url != null || this.publishedOn != null
				|| this.accessedOn != null || this.archiveUrl != null || this.notes != null;
	}

	/** The source as typed, for the save that cites it. */
	Source toSource() {
		Source source = new Source(checkedTitle());
		copyTo(source);
		return source;
	}

}
