package org.sanctuarytracker.statement;

import jakarta.validation.Valid;
import org.sanctuarytracker.system.BoundedCount;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Serves the statement search.
 */
@Controller
class StatementController {

	static final String LIST_VIEW = "statements/list";

	static final int MAX_CHOICES = 200;

	private final StatementService statements;

	StatementController(StatementService statements) {
		this.statements = statements;
	}

	@GetMapping("/statements")
	String search(@Valid @ModelAttribute("filter") StatementFilter filter, Model model) {
		Page<Statement> results = this.statements.search(filter);
		model.addAttribute("results", results);
		BoundedCount.describe(results, model);
		model.addAttribute("ranked", StatementSearch.RANKED);
		model.addAttribute("stances", Stance.values());
		// Lists of choices only while they stay short; beyond that a text field.
		model.addAttribute("speakers", this.statements.speakers(MAX_CHOICES).orElse(null));
		model.addAttribute("subjects", this.statements.subjects(MAX_CHOICES).orElse(null));
		return LIST_VIEW;
	}

}
