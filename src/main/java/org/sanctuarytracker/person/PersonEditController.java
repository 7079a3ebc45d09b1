package org.sanctuarytracker.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanctuarytracker.editing.DeletePage;
import org.sanctuarytracker.editing.RecordChoices;
import org.sanctuarytracker.editing.RecordEditing;
import org.sanctuarytracker.editing.StandaloneEditor;
import org.sanctuarytracker.jurisdiction.JurisdictionChoices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Serves the editors' person forms: add, edit, delete someone with no statements.
 */
@Controller
@RequestMapping("/people")
class PersonEditController extends StandaloneEditor<Person, PersonForm> {

	private final JurisdictionChoices jurisdictionChoices;

	private final PersonService people;

	PersonEditController(PersonService people, RecordEditing editing, JurisdictionChoices jurisdictionChoices) {
		super(people, editing);
		this.jurisdictionChoices = jurisdictionChoices;
		this.people = people;
	}

	@Override
	protected long idOf(String slug) {
		return this.people.getBySlug(slug).getId();
	}

	@Override
	protected void validateMore(PersonForm form, Errors errors) {
		// The form offers an empty row for a new term; left empty, it is no term.
		form.getTerms().removeIf(TermForm::isEmpty);
	}

	@Override
	protected Map<String, String> constraintFields() {
		return Map.of("person_slug_key", "slug");
	}

	@Override
	protected List<DeletePage.Blocker> deleteBlockers(Person person) {
		long statements = this.people.statementCount(person);
		return (statements > 0)
				? List.of(new DeletePage.Blocker("delete.blocker.statements", statements,
						DeletePage.Link.toList("/statements?person=" + person.getSlug(), "delete.see.statements")))
				: List.of();
	}

	@Override
	protected Map<String, RecordChoices> pickers(PersonForm form) {
		// Where the person serves, and each term's place.
		Map<String, RecordChoices> pickers = new LinkedHashMap<>();
		pickers.put("jurisdiction", this.jurisdictionChoices);
		for (int i = 0; i < form.getTerms().size(); i++) {
			pickers.put("terms[" + i + "].jurisdiction", this.jurisdictionChoices);
		}
		return pickers;
	}

	/** An empty row at the end, to type a new term in. */
	@Override
	protected void prepareForm(Model model, PersonForm form) {
		if (form.getTerms().stream().noneMatch(TermForm::isEmpty)) {
			form.getTerms().add(new TermForm());
		}
	}

	@Override
	protected String keyOf(Person person) {
		return person.getSlug();
	}

	@Override
	protected String afterDelete(Person person) {
		return "/";
	}

}
