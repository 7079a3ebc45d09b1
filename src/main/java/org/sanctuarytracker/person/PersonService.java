package org.sanctuarytracker.person;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.EditableRecords;
import org.sanctuarytracker.editing.RecordSaves;
import org.sanctuarytracker.history.EditSummary;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.SourceService;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People for pages and forms.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonService implements EditableRecords<Person, PersonForm> {

	private final PersonRepository people;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	public java.util.Optional<Person> findBySlug(String slug) {
		return this.people.findDetailBySlug(slug);
	}

	/** The slug of someone on record under this name (accents, case and dots aside). */
	public java.util.Optional<String> slugOfNamed(String name) {
		return this.people.findSlugNamed(name);
	}

	public Person getBySlug(String slug) {
		return this.people.findDetailBySlug(slug).orElseThrow(() -> new NotFoundException("person", slug));
	}

	@Override
	public Person get(long id) {
		return this.people.findDetailById(id).orElseThrow(() -> new NotFoundException("person", id));
	}

	/**
	 * The ids of up to {@code max} people whose name holds the words as whole words,
	 * closest names first: the speakers a statement search also finds.
	 */
	public List<Long> idsNamed(String words, int max) {
		return this.people.findIdsNamed(words, max);
	}

	public long statementCount(Person person) {
		return this.people.countStatements(person.getId());
	}

	/**
	 * Adds the speaker typed in a statement's form, inside that statement's save (one
	 * revision, under its summary). Their title is the one typed, or the statement's.
	 */
	@Transactional
	public Person addSpeaker(NewPersonForm typed, String statementTitle, Jurisdiction statementPlace) {
		Person person = new Person(typed.getName(), Slugs.of(typed.getName()));
		person.setCurrentTitle((typed.getTitle() != null) ? typed.getTitle() : statementTitle);
		person.setJurisdiction((typed.getJurisdiction() != null) ? this.jurisdictions.getBySlug(typed.getJurisdiction())
				: statementPlace);
		return this.people.saveAndFlush(person);
	}

	@Transactional
	@Override
	public Person create(PersonForm form) {
		EditSummary.set(form.getEditSummary());
		Person person = new Person(form.getName(), form.slugOrFromName());
		copy(form, person);
		return this.people.saveAndFlush(person);
	}

	@Transactional
	@Override
	public Person update(long id, PersonForm form) {
		Person person = RecordSaves.editing(get(id), form, "person");
		person.rename(form.getName(), form.slugOrFromName());
		copy(form, person);
		return this.people.saveAndFlush(person);
	}

	@Transactional
	@Override
	public void delete(long id, DeleteForm form) {
		RecordSaves.delete(this.people, get(id), form, "person");
	}

	private void copy(PersonForm form, Person person) {
		person.setParty(form.getParty());
		person.setCurrentTitle(form.getCurrentTitle());
		person.setOrganization(form.getOrganization());
		person.setJurisdiction(
				(form.getJurisdiction() != null) ? this.jurisdictions.getBySlug(form.getJurisdiction()) : null);
		person.setPartySource((form.getPartySourceId() != null) ? this.sources.get(form.getPartySourceId()) : null);
		person.replaceTerms(
				form.filledTerms()
					.stream()
					.map((term) -> new Person.TermValues(term.getTitle(),
							(term.getJurisdiction() != null) ? this.jurisdictions.getBySlug(term.getJurisdiction())
									: null,
							term.getHeldFrom(), term.getHeldTo(), this.sources.get(term.getSourceId())))
					.toList());
	}

}
