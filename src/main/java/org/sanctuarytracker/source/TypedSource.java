package org.sanctuarytracker.source;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.sanctuarytracker.system.Checked;
import org.sanctuarytracker.system.PartialDate;

/**
 * A source's fields as an editor typed them, in its own form or inside a fact's: both
 * store them the same way.
 */
interface TypedSource {

	@Nullable String getTitle();

	@Nullable String getPublisher();

	@Nullable String getUrl();

	@Nullable PartialDate getPublishedOn();

	@Nullable LocalDate getAccessedOn();

	@Nullable String getArchiveUrl();

	@Nullable String getNotes();

	/**
	 * The title a stored source has: the forms' checks require one before a save (the
	 * source form's @NotBlank, a fact form's rules for a new source typed in it).
	 */
	default String checkedTitle() {
		return Checked.present(getTitle(), "title");
	}

	default void copyTo(Source source) {
		source.setTitle(checkedTitle());
		source.setPublisher(getPublisher());
		source.setUrl(getUrl());
		source.setPublishedOn(getPublishedOn());
		source.setAccessedOn(getAccessedOn());
		source.setArchiveUrl(getArchiveUrl());
		source.setNotes(getNotes());
	}

}
