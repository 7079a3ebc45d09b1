package org.sanctuarytracker.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.EditableRecords;
import org.sanctuarytracker.editing.RecordSaves;
import org.sanctuarytracker.history.EditSummary;
import org.sanctuarytracker.system.LikePatterns;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.SignedIn;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sources for pages and forms: reading, the citation picker's search, creating sources in
 * place, and editing them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SourceService implements EditableRecords<Source, SourceForm> {

	private static final int CHOICES = 20;

	/** Sources suggested per group before any search. */
	private static final int SUGGESTIONS = 8;

	private final SourceRepository sources;

	private final SourceSuggestions suggestions;

	@Override
	public Source get(long id) {
		return this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", id));
	}

	/**
	 * What the citation picker offers, in groups: the sources already picked; with no
	 * search, those cited for the fact's jurisdiction, those the editor used recently and
	 * the newest; with a search, its matches. A source shows in its first group only.
	 */
	public SourceChoices choices(CitingForm form) {
		SourceChoices.Builder choices = new SourceChoices.Builder();
		choices.add("citation.group.picked", this.sources.findAllById(form.getSourceIds()));
		String query = form.getSourceQuery();
		if (query == null || query.isBlank()) {
			Long jurisdictionId = form.citedForJurisdictionId();
			if (jurisdictionId != null) {
				choices.add("citation.group.jurisdiction",
						inOrder(this.suggestions.citedFor(jurisdictionId, SUGGESTIONS)));
			}
			String editor = SignedIn.username();
			if (editor != null) {
				choices.add("citation.group.recent", inOrder(this.suggestions.recentlyUsedBy(editor, SUGGESTIONS)));
			}
			choices.add("citation.group.newest", this.sources.findNewest(Limit.of(CHOICES)));
		}
		else {
			choices.add("citation.group.matches",
					this.sources.search(LikePatterns.containing(query.strip()), Limit.of(CHOICES)));
		}
		return choices.build();
	}

	private List<Source> inOrder(List<Long> ids) {
		Map<Long, Source> found = new HashMap<>();
		this.sources.findAllById(ids).forEach((source) -> found.put(source.getId(), source));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
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
			cited.add(this.sources.save(typed.toSource()));
		}
		return cited;
	}

	@Transactional
	@Override
	public Source create(SourceForm form) {
		EditSummary.set(form.getEditSummary());
		Source source = new Source(form.checkedTitle());
		form.copyTo(source);
		return this.sources.saveAndFlush(source);
	}

	@Transactional
	@Override
	public Source update(long id, SourceForm form) {
		Source source = RecordSaves.editing(get(id), form, "source");
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
		RecordSaves.delete(this.sources, get(id), form, "source");
	}

}
