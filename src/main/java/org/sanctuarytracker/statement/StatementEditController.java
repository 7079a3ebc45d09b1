package org.sanctuarytracker.statement;

import java.util.Map;

import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.editing.RecordChoices;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditing;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditor;
import org.sanctuarytracker.person.NewPersonForm;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.person.PersonChoices;
import org.sanctuarytracker.person.PersonService;
import org.sanctuarytracker.system.Slugs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Serves the editors' statement forms: add a statement to a jurisdiction, edit it, delete
 * it. A save leads to the statement's own page, with the confirmation above the words
 * saved: on the profile it would sit among ten others, and an older statement is not on
 * it at all.
 */
@Controller
@FactPages(value = "statements", anchor = "statement")
class StatementEditController extends JurisdictionFactEditor<Statement, StatementForm> {

	private final PersonChoices personChoices;

	private final PersonService people;

	StatementEditController(StatementService statements, JurisdictionFactEditing editing, PersonChoices personChoices,
			PersonService people) {
		super(statements, editing);
		this.people = people;
		this.personChoices = personChoices;
	}

	@Override
	protected Map<String, String> constraintFields() {
		return Map.of("source_id", "sourceIds", "_check", "quote", "person_slug_key", "newPerson.name");
	}

	@Override
	protected void validateMore(StatementForm form, Errors errors) {
		NewPersonForm typed = form.getNewPerson();
		if (!typed.isFilled()) {
			return;
		}
		if (typed.getName() == null) {
			errors.rejectValue("newPerson.name", "person.new.nameRequired");
			return;
		}
		String slug = Slugs.of(typed.getName());
		if (slug.isEmpty() || Slugs.isReserved(slug)) {
			errors.rejectValue("newPerson.name", "person.new.nameUnusable");
		}
		else {
			// Most likely the same person: say so rather than add a duplicate. (A slug
			// taken by someone of another name is the database's refusal, kept as a
			// field error by the save.)
			this.people.slugOfNamed(typed.getName())
				.or(() -> this.people.findBySlug(slug).map(Person::getSlug))
				.ifPresent((known) -> errors.rejectValue("newPerson.name", "person.new.exists",
						new Object[] { typed.getName(), known }, null));
		}
	}

	@Override
	protected Map<String, RecordChoices> pickers(StatementForm form) {
		return Map.of("person", this.personChoices, "jurisdiction", this.jurisdictionChoices, "newPerson.jurisdiction",
				this.jurisdictionChoices);
	}

	/** The choices the form offers. */
	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("stances", Stance.values());
		model.addAttribute("kinds", StatementKind.values());
	}

}
