package org.sanctuarytracker.statement;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.EditableRecords;
import org.sanctuarytracker.editing.RecordSaves;
import org.sanctuarytracker.history.EditSummary;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.person.NewPersonForm;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.person.PersonService;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.source.SourceService;
import org.sanctuarytracker.system.BoundedCount;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.PagesOfIds;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements for pages: full-text search, a jurisdiction's or a person's statements, the
 * latest.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StatementService implements EditableRecords<Statement, StatementForm> {

	private final StatementRepository statements;

	private final StatementSearch search;

	private final PersonService people;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	@Override
	public Statement get(long id) {
		return this.statements.findDetail(id).orElseThrow(() -> new NotFoundException("statement", id));
	}

	@Transactional
	@Override
	public Statement create(StatementForm form) {
		EditSummary.set(form.getEditSummary());
		return save(null, form);
	}

	@Transactional
	@Override
	public Statement update(long id, StatementForm form) {
		return save(RecordSaves.editing(get(id), form, "statement"), form);
	}

	/**
	 * The statement (a new one when null) as the form fills it: where it was said, by the
	 * person picked or typed in, citing its one source.
	 */
	private Statement save(Statement statement, StatementForm form) {
		Jurisdiction place = this.jurisdictions.chosenIn(form);
		return this.statements
			.saveAndFlush(filled(statement, form, speakerOf(form, place), place, this.sources.cited(form).get(0)));
	}

	@Transactional
	@Override
	public void delete(long id, DeleteForm form) {
		Statement statement = RecordSaves.editing(get(id), form, "statement");
		this.statements.delete(statement);
	}

	/** The person picked, or the new one typed in the form, added in the same save. */
	private Person speakerOf(StatementForm form, Jurisdiction place) {
		NewPersonForm typed = form.getNewPerson();
		return typed.isFilled() ? this.people.addSpeaker(typed, form.getSpeakerTitle(), place)
				: this.people.getBySlug(form.getPerson());
	}

	/**
	 * The statement the form describes, said by the speaker about the place and citing
	 * the source (the records the form names, found already): a new one, or
	 * {@code statement} changed. The page's save and the import both make a statement so.
	 */
	public Statement filled(Statement statement, StatementForm form, Person speaker, Jurisdiction place,
			Source source) {
		Statement filled = (statement != null) ? statement
				: new Statement(speaker, place, form.getStatedOn(), form.getQuote(), form.getStance(), source);
		filled.edit(speaker, place, form.getStatedOn(), form.getQuote(), form.getStance(), source);
		NewPersonForm typed = form.getNewPerson();
		// A new speaker's title, typed with their name, is their title at the time.
		filled.setSpeakerTitle(
				(form.getSpeakerTitle() == null && typed.isFilled()) ? typed.getTitle() : form.getSpeakerTitle());
		filled.setContext(form.getContext());
		filled.setKind(form.getKind());
		filled.setReportedBy(form.getReportedBy());
		return filled;
	}

	/** At most this many people named by a search's words add their statements. */
	static final int MAX_SPEAKERS = 50;

	public Page<Statement> search(StatementFilter filter) {
		List<Long> speakers = (filter.q() != null) ? this.people.idsNamed(filter.q(), MAX_SPEAKERS) : List.of();
		StatementSearch.Result result = this.search.find(filter, speakers);
		List<Long> ids = result.ids();
		List<Statement> page = ids.isEmpty() ? List.of()
				: this.statements.findWithDetails(ids)
					.stream()
					.sorted(Comparator.comparingInt((Statement s) -> ids.indexOf(s.getId())))
					.toList();
		PageRequest request = filter.pageRequest();
		return new PageImpl<>(page, request, BoundedCount.pageTotal(result.total(), request, page.size()));
	}

	/**
	 * The newest {@code max} statements the search finds, newest first (the page ranks
	 * the newest by relevance instead), each with its speaker, place and source: a
	 * search's feed.
	 */
	public List<Statement> newest(StatementFilter filter, int max) {
		List<Long> speakers = (filter.q() != null) ? this.people.idsNamed(filter.q(), MAX_SPEAKERS) : List.of();
		return PagesOfIds
			.load(new PageImpl<>(this.search.newest(filter, speakers, max)), this.statements::findWithDetails)
			.getContent();
	}

	/** One page of the statements about a jurisdiction, newest first. */
	public Page<Statement> about(Jurisdiction jurisdiction, Pageable page) {
		return PagesOfIds.load(this.statements.findIdsAbout(jurisdiction.getId(), page),
				this.statements::findWithDetails);
	}

	/** One page of a person's statements, newest first. */
	public Page<Statement> by(Person person, Pageable page) {
		return PagesOfIds.load(this.statements.findIdsBy(person.getId(), page), this.statements::findWithDetails);
	}

	/**
	 * Everyone with a statement on record, by name, for the search form's speaker
	 * choices; empty when there are more than {@code max}: the form then asks for the
	 * speaker by name in a text field, as a list of thousands would not serve.
	 */
	public Optional<List<Person>> speakers(int max) {
		// More people than choices: the list could only be too long, and finding who has
		// spoken probes every person (a second on the national dataset, on every search).
		if (this.statements.findPersonIds(Limit.of(max + 1)).size() > max) {
			return Optional.empty();
		}
		List<Person> found = this.statements.findSpeakers(Limit.of(max + 1));
		return (found.size() > max) ? Optional.empty() : Optional.of(found);
	}

	/** Every jurisdiction a statement is about, by name, as {@link #speakers}. */
	public Optional<List<Jurisdiction>> subjects(int max) {
		if (this.statements.findJurisdictionIds(Limit.of(max + 1)).size() > max) {
			return Optional.empty();
		}
		List<Jurisdiction> found = this.statements.findSubjects(Limit.of(max + 1));
		return (found.size() > max) ? Optional.empty() : Optional.of(found);
	}

	public List<Statement> latest(int count) {
		return this.statements.findLatest(Limit.of(count));
	}

	/** The first {@code max} facts that cite the source. */
	public List<Statement> citing(Source source, int max) {
		return this.statements.findCiting(source, Limit.of(max));
	}

}
