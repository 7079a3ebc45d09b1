package org.sanctuarytracker.reading;

import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.person.PersonService;
import org.sanctuarytracker.statement.StatementService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a person's page: who they are and everything they said on record.
 */
@Controller
class PersonController {

	/** The newest statements on the page; the statement search has them all. */
	static final int STATEMENTS_SHOWN = 20;

	static final String DETAIL_VIEW = "people/detail";

	private final PersonService people;

	private final StatementService statements;

	PersonController(PersonService people, StatementService statements) {
		this.people = people;
		this.statements = statements;
	}

	@GetMapping("/people/{slug}")
	String detail(@PathVariable String slug, Model model) {
		Person person = this.people.getBySlug(slug);
		model.addAttribute("person", person);
		model.addAttribute("statements", this.statements.by(person, PageRequest.of(0, STATEMENTS_SHOWN)));
		return DETAIL_VIEW;
	}

}
