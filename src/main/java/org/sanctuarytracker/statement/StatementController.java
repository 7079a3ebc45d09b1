package org.sanctuarytracker.statement;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.source.Permalinks;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.BoundedCount;
import org.sanctuarytracker.system.Citations;
import org.sanctuarytracker.system.PageFeed;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the statement search and each statement's permalink page.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatementController {

	static final String LIST_VIEW = "statements/list";

	static final String DETAIL_VIEW = "statements/detail";

	static final int MAX_CHOICES = 200;

	private final StatementService statements;

	private final Citations citations;

	@GetMapping("/statements")
	String search(@Valid @ModelAttribute("filter") StatementFilter filter, Model model) {
		Page<Statement> results = this.statements.search(filter);
		BoundedCount.show(results, model);
		model.addAttribute("ranked", StatementSearch.RANKED);
		model.addAttribute("stances", Stance.values());
		// Lists of choices only while they stay short; beyond that a text field.
		model.addAttribute("speakers", this.statements.speakers(MAX_CHOICES).orElse(null));
		model.addAttribute("subjects", this.statements.subjects(MAX_CHOICES).orElse(null));
		model.addAttribute(PageFeed.ATTRIBUTE, filter.feed());
		return LIST_VIEW;
	}

	@GetMapping("/statements/{id}")
	String detail(@PathVariable long id, Model model) {
		Statement statement = this.statements.get(id);
		// The words are cut, not the sentence around them: the closing quotation mark
		// stays.
		String speaker = statement.getPerson().getName();
		Permalinks.show(model, "statement", statement, citation(statement),
				this.citations.text("statement.description." + statement.getKind(), speaker, Citations.abbreviate(
						statement.getQuote(),
						Math.max(Citations.DESCRIPTION_LENGTH / 2, Citations.DESCRIPTION_LENGTH - speaker.length()))));
		return DETAIL_VIEW;
	}

	/**
	 * Who said it, with the title they held then, when (at the date's precision; when the
	 * source does not say, the day it reported it) and where it was reported.
	 */
	private String citation(Statement statement) {
		Source source = statement.getSource();
		String when = (statement.getStatedOn() != null) ? this.citations.date(statement.getStatedOn())
				: this.citations.part("statement.reportedOn", this.citations.date(source.getPublishedOn()));
		return this.citations.cite("/statements/" + statement.getId(), statement.getPerson().getName(),
				statement.getSpeakerTitle(), when, this.citations.part("cite.in", source.outlet()),
				this.citations.part("statement.reportedBy", statement.getReportedBy()));
	}

}
