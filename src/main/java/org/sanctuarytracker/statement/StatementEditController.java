package org.sanctuarytracker.statement;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.person.PersonService;
import org.sanctuarytracker.source.SourceService;
import org.sanctuarytracker.system.Conflicts;
import org.sanctuarytracker.system.ConstraintErrors;
import org.sanctuarytracker.system.DeleteForm;
import org.sanctuarytracker.system.DeletePage;
import org.sanctuarytracker.system.StaleEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Serves the editors' statement forms: add a statement to a jurisdiction, edit it, delete
 * it.
 */
@Controller
class StatementEditController {

	static final String FORM_VIEW = "statements/form";

	private static final Map<String, String> CONSTRAINT_FIELDS = Map.of("source_id", "sourceIds", "_check", "quote");

	private final StatementService statements;

	private final PersonService people;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	private final HistoryService history;

	private final SmartValidator validator;

	StatementEditController(StatementService statements, PersonService people, JurisdictionService jurisdictions,
			SourceService sources, HistoryService history, SmartValidator validator) {
		this.statements = statements;
		this.people = people;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
		this.history = history;
		this.validator = validator;
	}

	@GetMapping("/jurisdictions/{slug}/statements/new")
	String newStatement(@PathVariable String slug, Model model) {
		Jurisdiction jurisdiction = this.jurisdictions.getBySlug(slug);
		StatementForm form = new StatementForm();
		form.setJurisdiction(jurisdiction.getSlug());
		model.addAttribute("form", form);
		return formView(model, form, null);
	}

	@PostMapping("/jurisdictions/{slug}/statements/new")
	String create(@PathVariable String slug, @ModelAttribute("form") StatementForm form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect) {
		this.jurisdictions.getBySlug(slug);
		if (searchSources != null || !isValid(form, result)) {
			return formView(model, form, null);
		}
		try {
			Statement statement = this.statements.create(form);
			redirect.addFlashAttribute("message", "edit.created");
			redirect.addFlashAttribute("messageArgument", statement.getPerson().getName());
			return "redirect:/jurisdictions/" + statement.getJurisdiction().getSlug() + "#statements";
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintErrors.reject(ex, result, CONSTRAINT_FIELDS);
			return formView(model, form, null);
		}
	}

	@GetMapping("/statements/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Statement statement = this.statements.get(id);
		StatementForm form = new StatementForm(statement);
		model.addAttribute("form", form);
		return formView(model, form, id);
	}

	@PostMapping("/statements/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") StatementForm form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		this.statements.get(id);
		if (searchSources != null || !isValid(form, result)) {
			return formView(model, form, id);
		}
		try {
			Statement statement = this.statements.update(id, form);
			redirect.addFlashAttribute("message", "edit.saved");
			redirect.addFlashAttribute("messageArgument", statement.getPerson().getName());
			return "redirect:/jurisdictions/" + statement.getJurisdiction().getSlug() + "#statements";
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			Statement current = this.statements.get(id);
			model.addAttribute("conflicts", Conflicts.between(form, new StatementForm(current)));
			model.addAttribute("conflictRevision", this.history.lastRevision(Statement.class, id));
			form.setVersion(current.getVersion());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return formView(model, form, id);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintErrors.reject(ex, result, CONSTRAINT_FIELDS);
			return formView(model, form, id);
		}
	}

	@GetMapping("/statements/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		Statement statement = this.statements.get(id);
		return DeletePage.show(model, new DeleteForm(statement), "“" + statement.getQuote() + "”",
				"/statements/" + id + "/delete", "/jurisdictions/" + statement.getJurisdiction().getSlug());
	}

	@PostMapping("/statements/{id}/delete")
	String delete(@PathVariable long id, @ModelAttribute("form") DeleteForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Statement statement = this.statements.get(id);
		String back = "/jurisdictions/" + statement.getJurisdiction().getSlug();
		String what = "“" + statement.getQuote() + "”";
		this.validator.validate(form, result);
		if (result.hasErrors()) {
			return DeletePage.show(model, form, what, "/statements/" + id + "/delete", back);
		}
		try {
			this.statements.delete(id, form);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflictRevision", this.history.lastRevision(Statement.class, id));
			return DeletePage.show(model, new DeleteForm(this.statements.get(id)), what,
					"/statements/" + id + "/delete", back);
		}
		redirect.addFlashAttribute("message", "edit.deleted");
		redirect.addFlashAttribute("messageArgument", statement.getPerson().getName());
		return "redirect:" + back + "#statements";
	}

	private boolean isValid(StatementForm form, BindingResult result) {
		this.validator.validate(form, result);
		form.validateCitations(result, true);
		return !result.hasErrors();
	}

	private String formView(Model model, StatementForm form, Long id) {
		model.addAttribute("statementId", id);
		model.addAttribute("people", this.people.allByName());
		model.addAttribute("jurisdictions", this.jurisdictions.allByName());
		model.addAttribute("stances", Stance.values());
		model.addAttribute("sourceChoices", this.sources.choices(form));
		return FORM_VIEW;
	}

}
