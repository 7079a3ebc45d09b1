package org.sanctuarytracker.jurisdiction;

import java.util.Collection;
import java.util.List;

import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.EditableRecords;
import org.sanctuarytracker.editing.RecordSaves;
import org.sanctuarytracker.history.EditSummary;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.source.SourceService;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.PagesOfIds;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads and saves of a fact filed under a jurisdiction that cites sources (funding, a
 * figure, a designation), written once: a save files it under the jurisdiction its form
 * chose, cites the sources its form picked, refuses a stale copy and says what the
 * history records. A fact's service says only how its form fills the record
 * ({@link #filled}), which the import calls too; its repository, the order its lists are
 * read in.
 */
// Read-only unless a save says otherwise: the subclass's own @Transactional does not
// reach the methods declared here.
@Transactional(readOnly = true)
public abstract class CitedFacts<E extends CitedFact, F extends JurisdictionFactForm> implements EditableRecords<E, F> {

	private final CitedFactRepository<E> repository;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	private final String noun;

	/**
	 * @param noun what a stale copy's refusal and a missing record's page call the record
	 * ("indicator")
	 */
	protected CitedFacts(CitedFactRepository<E> repository, JurisdictionService jurisdictions, SourceService sources,
			String noun) {
		this.repository = repository;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
		this.noun = noun;
	}

	@Override
	public E get(long id) {
		return this.repository.findDetail(id).orElseThrow(() -> new NotFoundException(this.noun, id));
	}

	/** One page of a jurisdiction's facts, in its profile's order. */
	public Page<E> forJurisdiction(Jurisdiction jurisdiction, Pageable page) {
		return PagesOfIds.load(this.repository.findIdsFor(jurisdiction, page), this.repository::findWithSources);
	}

	/** The first {@code max} facts that cite the source. */
	public List<E> citing(Source source, int max) {
		return this.repository.findCiting(source, Limit.of(max));
	}

	/**
	 * The fact the form describes, filed under the jurisdiction and citing the sources
	 * (the records the form names, found already): a new one, or {@code record} changed.
	 * The page's save and the import both make a fact so.
	 */
	public abstract E filled(E record, F form, Jurisdiction jurisdiction, Collection<Source> sources);

	@Transactional
	@Override
	public E create(F form) {
		EditSummary.set(form.getEditSummary());
		return this.repository
			.saveAndFlush(filled(null, form, this.jurisdictions.chosenIn(form), this.sources.cited(form)));
	}

	@Transactional
	@Override
	public E update(long id, F form) {
		E record = RecordSaves.editing(get(id), form, this.noun);
		return this.repository
			.saveAndFlush(filled(record, form, this.jurisdictions.chosenIn(form), this.sources.cited(form)));
	}

	@Transactional
	@Override
	public void delete(long id, DeleteForm form) {
		RecordSaves.delete(this.repository, get(id), form, this.noun);
	}

}
