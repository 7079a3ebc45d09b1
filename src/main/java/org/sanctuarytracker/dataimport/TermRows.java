package org.sanctuarytracker.dataimport;

import java.util.List;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.person.PersonTerm;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.stereotype.Component;

/**
 * Imports person_terms.csv rows: a title a person held, where, from and to as far as the
 * source tells, and that source. A term stays with its person (a row cannot move it to
 * another); a row is refused for the same reasons as a term row of the person form, in
 * the same words.
 */
@Component
class TermRows implements RowImporter {

	private static final String FETCH = "join fetch e.person p left join fetch p.terms left join fetch e.jurisdiction join fetch e.source";

	@Override
	public String table() {
		return "person_terms";
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("person_id|person_slug", "title", "source_id");
	}

	@Override
	public Planned plan(Row row, ImportContext context) {
		Long id = row.integer("id");
		PersonTerm current = context.record(row, id, PersonTerm.class, FETCH);
		if (id != null && current == null) {
			row.reject("id", "import.problem.noSuchId", String.valueOf(id));
		}
		boolean old = current != null;
		Changes changes = new Changes(row, current);
		Person person = (old && !row.has("person_id") && !row.has("person_slug")) ? current.getPerson()
				: context.person(row, "person_id", "person_slug");
		if (old && person != null && !person.getId().equals(current.getPerson().getId())) {
			row.reject("person_id", "import.problem.termStaysWithPerson");
		}
		String title = changes.value("title", row.text("title"), old ? current.getTitle() : null);
		if (title == null) {
			row.reject("title", "person.termTitleRequired");
		}
		Jurisdiction jurisdiction = changes.value("jurisdiction_id", "jurisdiction_slug",
				context.jurisdiction(row, "jurisdiction_id", "jurisdiction_slug", false),
				old ? current.getJurisdiction() : null);
		PartialDate heldFrom = changes.value("held_from", row.partialDate("held_from"),
				old ? current.getHeldFrom() : null);
		PartialDate heldTo = changes.value("held_to", row.partialDate("held_to"), old ? current.getHeldTo() : null);
		if (heldFrom != null && heldTo != null && heldTo.date().isBefore(heldFrom.date())) {
			row.reject("held_to", "person.termEndsBeforeStart");
		}
		Source source = null;
		if (!row.has("source_id")) {
			row.reject("source_id", "person.termSourceRequired");
		}
		else {
			List<Source> cited = context.sources(row, "source_id");
			if (row.list("source_id").size() > 1) {
				row.reject("source_id", "import.problem.exactlyOneSource");
			}
			source = cited.isEmpty() ? null : cited.get(0);
		}
		source = changes.value("source_id", source, old ? current.getSource() : null);
		String label = ((person != null) ? person.getName() + ": " : "") + String.valueOf(title);
		if (!row.isValid()) {
			return Planned.reject(row, label);
		}
		Source cited = source;
		if (current == null) {
			return Planned.create(row.line(), label,
					() -> person.addTerm(title, jurisdiction, heldFrom, heldTo, cited));
		}
		if (changes.none()) {
			return Planned.unchanged(row.line(), label);
		}
		return Planned.update(row.line(), label, changes.described(),
				() -> current.getPerson().editTerm(current, title, jurisdiction, heldFrom, heldTo, cited));
	}

}
