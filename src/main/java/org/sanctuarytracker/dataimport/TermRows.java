package org.sanctuarytracker.dataimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.person.PersonForm;
import org.sanctuarytracker.person.PersonTerm;
import org.sanctuarytracker.person.TermForm;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.stereotype.Component;

/**
 * Imports person_terms.csv rows: a title a person held, where, from and to as far as the
 * source tells, and that source. A term stays with its person (a row cannot move it to
 * another); a row is checked as a term row of the person form, by that form's rules.
 */
@Component
@ImportsTable(value = "person_terms", required = { "person_id|person_slug", "title", "source_id" })
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TermRows implements RowImporter {

	private static final String FETCH = "join fetch e.person p left join fetch p.terms left join fetch e.jurisdiction join fetch e.source";

	/** The fields of the person form's one term row, and the file's columns for them. */
	private static final Map<String, String> COLUMNS = Map.of("terms[0].title", "title", "terms[0].jurisdiction",
			"jurisdiction_id|jurisdiction_slug", "terms[0].heldFrom", "held_from", "terms[0].heldTo", "held_to",
			"terms[0].sourceId", "source_id");

	private final FormCheck forms;

	@Override
	public Planned plan(Row row, ImportContext context) {
		Changes<PersonTerm> changes = Changes.of(row, context, PersonTerm.class, FETCH);
		PersonTerm current = changes.current();
		boolean old = changes.updating();
		Person person = (old && !row.has("person_id") && !row.has("person_slug")) ? current.getPerson()
				: context.person(row, "person_id", "person_slug");
		if (old && person != null && !person.getId().equals(current.getPerson().getId())) {
			row.reject("person_id", "import.problem.termStaysWithPerson");
		}
		String title = changes.value("title", row.text("title"), PersonTerm::getTitle);
		Jurisdiction jurisdiction = changes.value("jurisdiction_id", "jurisdiction_slug",
				context.jurisdiction(row, "jurisdiction_id", "jurisdiction_slug", false), PersonTerm::getJurisdiction);
		PartialDate heldFrom = changes.value("held_from", row.partialDate("held_from"), PersonTerm::getHeldFrom);
		PartialDate heldTo = changes.value("held_to", row.partialDate("held_to"), PersonTerm::getHeldTo);
		List<Source> cited = context.sources(row, "source_id");
		if (row.list("source_id").size() > 1) {
			row.reject("source_id", "import.problem.exactlyOneSource");
		}
		Source source = changes.value("source_id", cited.isEmpty() ? null : cited.get(0), PersonTerm::getSource);
		TermForm term = new TermForm();
		term.setTitle(title);
		term.setJurisdiction((jurisdiction != null) ? jurisdiction.getSlug() : null);
		term.setHeldFrom(heldFrom);
		term.setHeldTo(heldTo);
		term.setSourceId((source != null) ? source.getId() : null);
		PersonForm form = new PersonForm();
		form.setTerms(new ArrayList<>(List.of(term)));
		this.forms.checkPart(row, form, COLUMNS);
		// The person form passes over a term row left wholly empty (it offers one to fill
		// in); a row of the file is a term, and says nothing.
		if (title == null && jurisdiction == null && heldFrom == null && heldTo == null && source == null
				&& row.isValid()) {
			row.reject("title", "person.termTitleRequired");
		}
		String label = (person == null) ? title : (title == null) ? person.getName() : person.getName() + ": " + title;
		return changes.planned(label, () -> () -> person.addTerm(title, jurisdiction, heldFrom, heldTo, source),
				() -> current.getPerson().editTerm(current, title, jurisdiction, heldFrom, heldTo, source));
	}

}
