package org.sanctuarytracker.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.EditableRecords;
import org.sanctuarytracker.editing.StaleEditException;
import org.sanctuarytracker.history.EditSummary;
import org.sanctuarytracker.system.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sources for pages and forms: reading, the citation picker's search, creating sources in
 * place, and editing them.
 */
@Service
@Transactional(readOnly = true)
public class SourceService implements EditableRecords<Source, SourceForm> {

	private static final int CHOICES = 20;

	private final SourceRepository sources;

	SourceService(SourceRepository sources) {
		this.sources = sources;
	}

	@Override
	public Source get(long id) {
		return this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", id));
	}

	/**
	 * What the citation picker offers: the sources already picked, then those matching
	 * the search (or the newest, with no search).
	 */
	public List<Source> choices(CitingForm form) {
		Set<Source> choices = new LinkedHashSet<>(this.sources.findAllById(form.getSourceIds()));
		String query = form.getSourceQuery();
		if (query == null || query.isBlank()) {
			choices.addAll(this.sources.findNewest(Limit.of(CHOICES)));
		}
		else {
			String pattern = "%" + query.strip()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			choices.addAll(this.sources.search(pattern, Limit.of(CHOICES)));
		}
		return new ArrayList<>(choices);
	}

	/**
	 * The sources a form cites, creating the one typed in place. Call inside the save.
	 */
	@Transactional
	public List<Source> cited(CitingForm form) {
		List<Source> cited = new ArrayList<>();
		for (Long id : form.getSourceIds()) {
			cited.add(get(id));
		}
		NewSourceForm typed = form.getNewSource();
		if (typed.isFilled()) {
			Source source = new Source(typed.getTitle());
			source.setPublisher(typed.getPublisher());
			source.setUrl(typed.getUrl());
			source.setPublishedOn(typed.getPublishedOn());
			cited.add(this.sources.save(source));
		}
		return cited;
	}

	@Transactional
	@Override
	public Source create(SourceForm form) {
		EditSummary.set(form.getEditSummary());
		Source source = new Source(form.getTitle());
		form.copyTo(source);
		return this.sources.saveAndFlush(source);
	}

	@Transactional
	@Override
	public Source update(long id, SourceForm form) {
		Source source = get(id);
		StaleEditException.check(source, form.getVersion(), "source");
		EditSummary.set(form.getEditSummary());
		form.copyTo(source);
		return this.sources.saveAndFlush(source);
	}

	public long citationCount(long id) {
		return this.sources.countCitations(id);
	}

	/** Deletes a source; the database refuses while a fact cites it. */
	@Transactional
	@Override
	public void delete(long id, DeleteForm form) {
		Source source = get(id);
		StaleEditException.check(source, form.getVersion(), "source");
		EditSummary.set(form.getEditSummary());
		this.sources.delete(source);
		this.sources.flush();
	}

}
