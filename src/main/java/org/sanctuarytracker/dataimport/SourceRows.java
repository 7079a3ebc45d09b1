package org.sanctuarytracker.dataimport;

import java.time.LocalDate;
import java.util.List;

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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SourceRows implements RowImporter {

	private final FormCheck forms;

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
		Source current = context.record(row, id, Source.class, "");
		if (id != null && current == null) {
			row.reject("id", "import.problem.noSuchId", String.valueOf(id));
		}
		boolean old = current != null;
		Changes changes = new Changes(row, current);
		String title = changes.value("title", row.text("title"), old ? current.getTitle() : null);
		String publisher = changes.value("publisher", row.text("publisher"), old ? current.getPublisher() : null);
		String url = changes.value("url", row.text("url"), old ? current.getUrl() : null);
		PartialDate publishedOn = changes.value("published_on", row.partialDate("published_on"),
				old ? current.getPublishedOn() : null);
		LocalDate accessedOn = changes.value("accessed_on", row.localDate("accessed_on"),
				old ? current.getAccessedOn() : null);
		String archiveUrl = changes.value("archive_url", row.text("archive_url"), old ? current.getArchiveUrl() : null);
		String notes = changes.value("notes", row.text("notes"), old ? current.getNotes() : null);
		SourceForm form = new SourceForm();
		form.setTitle(title);
		form.setPublisher(publisher);
		form.setUrl(url);
		form.setPublishedOn(publishedOn);
		form.setAccessedOn(accessedOn);
		form.setArchiveUrl(archiveUrl);
		form.setNotes(notes);
		this.forms.check(row, form, java.util.Map.of());
		String label = String.valueOf(title);
		if (!row.isValid()) {
			return Planned.reject(row, label);
		}
		if (old && changes.none()) {
			return Planned.unchanged(row.line(), label);
		}
		Source target = old ? current : new Source(title);
		// The form puts its values in the record, as the source page's save does.
		Runnable fill = () -> form.copyTo(target);
		if (!old) {
			return Planned.create(row.line(), label, () -> {
				fill.run();
				context.persist(target);
			});
		}
		return Planned.update(row.line(), label, changes.described(), fill);
	}

}
