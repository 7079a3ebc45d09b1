package org.sanctuarytracker.dataimport;

import java.time.LocalDate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.source.SourceForm;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.stereotype.Component;

/**
 * Imports sources.csv rows.
 */
@Component
@ImportsTable(value = "sources", required = { "title" })
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SourceRows implements RowImporter {

	private final FormCheck forms;

	@Override
	public Planned plan(Row row, ImportContext context) {
		Changes<Source> changes = Changes.of(row, context, Source.class, "");
		Source current = changes.current();
		String title = changes.value("title", row.text("title"), Source::getTitle);
		String publisher = changes.value("publisher", row.text("publisher"), Source::getPublisher);
		String url = changes.value("url", row.text("url"), Source::getUrl);
		PartialDate publishedOn = changes.value("published_on", row.partialDate("published_on"),
				Source::getPublishedOn);
		LocalDate accessedOn = changes.value("accessed_on", row.localDate("accessed_on"), Source::getAccessedOn);
		String archiveUrl = changes.value("archive_url", row.text("archive_url"), Source::getArchiveUrl);
		String notes = changes.value("notes", row.text("notes"), Source::getNotes);
		SourceForm form = new SourceForm();
		form.setTitle(title);
		form.setPublisher(publisher);
		form.setUrl(url);
		form.setPublishedOn(publishedOn);
		form.setAccessedOn(accessedOn);
		form.setArchiveUrl(archiveUrl);
		form.setNotes(notes);
		this.forms.check(row, form, java.util.Map.of());
		// The form puts its values in the record, as the source page's save does.
		return changes.planned(title, () -> () -> {
			Source created = new Source(title);
			form.copyTo(created);
			context.persist(created);
		}, () -> form.copyTo(current));
	}

}
