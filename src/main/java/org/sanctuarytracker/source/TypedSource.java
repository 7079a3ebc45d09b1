package org.sanctuarytracker.source;

import java.time.LocalDate;

import org.sanctuarytracker.system.PartialDate;

/**
 * A source's fields as an editor typed them, in its own form or inside a fact's: both
 * store them the same way.
 */
interface TypedSource {

	String getTitle();

	String getPublisher();

	String getUrl();

	PartialDate getPublishedOn();

	LocalDate getAccessedOn();

	String getArchiveUrl();

	String getNotes();

	default void copyTo(Source source) {
		source.setTitle(getTitle());
		source.setPublisher(getPublisher());
		source.setUrl(getUrl());
		source.setPublishedOn(getPublishedOn());
		source.setAccessedOn(getAccessedOn());
		source.setArchiveUrl(getArchiveUrl());
		source.setNotes(getNotes());
	}

}
