package org.sanctuarytracker.dataimport;

import java.time.LocalDate;
import java.util.List;

import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.stereotype.Component;

import static org.sanctuarytracker.dataimport.RowImporter.same;

/**
 * Imports sources.csv rows.
 */
@Component
class SourceRows implements RowImporter {

	private static final String URL = "https?://\\S+";

	@Override
	public String table() {
		return "sources";
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("title");
	}

	@Override
	public Planned plan(Row row, ImportContext context) {
		Long id = row.integer("id");
		Source current = (id != null) ? context.all(Source.class, "").get(id) : null;
		if (id != null && current == null) {
			row.reject("id: no source with id " + id);
		}
		String title = row.requiredText("title");
		String publisher = row.text("publisher");
		String url = row.text("url");
		if (url != null && !url.matches(URL)) {
			row.reject("url: must start with http:// or https://");
		}
		PartialDate publishedOn = row.partialDate("published_on", false);
		LocalDate accessedOn = row.localDate("accessed_on");
		String archiveUrl = row.text("archive_url");
		if (archiveUrl != null && !archiveUrl.matches(URL)) {
			row.reject("archive_url: must start with http:// or https://");
		}
		String notes = row.text("notes");
		String label = String.valueOf(title);
		if (!row.isValid()) {
			return Planned.reject(row, label);
		}
		Source target = (current != null) ? current : new Source(title);
		if (current != null && same(current.getTitle(), title) && same(current.getPublisher(), publisher)
				&& same(current.getUrl(), url) && same(current.getPublishedOn(), publishedOn)
				&& same(current.getAccessedOn(), accessedOn) && same(current.getArchiveUrl(), archiveUrl)
				&& same(current.getNotes(), notes)) {
			return Planned.unchanged(row.line(), label);
		}
		Runnable fill = () -> {
			target.setTitle(title);
			target.setPublisher(publisher);
			target.setUrl(url);
			target.setPublishedOn(publishedOn);
			target.setAccessedOn(accessedOn);
			target.setArchiveUrl(archiveUrl);
			target.setNotes(notes);
		};
		if (current == null) {
			return Planned.create(row.line(), label, () -> {
				fill.run();
				context.persist(target);
			});
		}
		return Planned.update(row.line(), label, fill);
	}

}
