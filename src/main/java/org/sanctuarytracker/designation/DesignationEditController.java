package org.sanctuarytracker.designation;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.RecordChoices;
import org.sanctuarytracker.editing.RecordEditor;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.jurisdiction.JurisdictionChoices;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.SourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Serves the editors' designation forms: add one to a jurisdiction, edit it, delete it.
 */
@Controller
class DesignationEditController extends RecordEditor<Designation, DesignationForm> {

	static final String FORM_VIEW = "designations/form";

	private final JurisdictionChoices jurisdictionChoices;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	DesignationEditController(DesignationService service, JurisdictionService jurisdictions, SourceService sources,
			HistoryService history, SmartValidator validator, JurisdictionChoices jurisdictionChoices) {
		super(service, history, validator);
		this.jurisdictionChoices = jurisdictionChoices;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
	}

	@GetMapping("/jurisdictions/{slug}/designations/new")
	String newRecord(@PathVariable String slug, Model model) {
		DesignationForm form = new DesignationForm();
		form.showJurisdiction(this.jurisdictions.getBySlug(slug));
		return showNew(model, form);
	}

	@PostMapping("/jurisdictions/{slug}/designations/new")
	String create(@PathVariable String slug, @ModelAttribute("form") DesignationForm form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect) {
		return processCreate(form, result, searchSources != null, model, redirect);
	}

	@GetMapping("/designations/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return showEdit(id, model);
	}

	@PostMapping("/designations/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") DesignationForm form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return processUpdate(id, form, result, searchSources != null, model, redirect, response);
	}

	@GetMapping("/designations/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return showDelete(id, model);
	}

	@PostMapping("/designations/{id}/delete")
	String delete(@PathVariable long id, @ModelAttribute("form") DeleteForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return processDelete(id, form, result, model, redirect, response);
	}

	@Override
	protected Class<Designation> recordClass() {
		return Designation.class;
	}

	@Override
	protected DesignationForm formOf(Designation record) {
		return new DesignationForm(record);
	}

	@Override
	protected void validateMore(DesignationForm form, Errors errors) {
		form.validateCitations(errors, false);
		form.validateMore(errors);
	}

	@Override
	protected Map<String, RecordChoices> pickers(DesignationForm form) {
		return Map.of("jurisdiction", this.jurisdictionChoices);
	}

	@Override
	protected String formView(Model model, DesignationForm form, Designation record) {
		model.addAttribute("recordId", (record != null) ? record.getId() : null);
		model.addAttribute("sourceChoices", this.sources.choices(form));
		return FORM_VIEW;
	}

	@Override
	protected String pageOf(Designation record) {
		// No page of its own: the profile scrolls to its line, which shows the
		// confirmation.
		return "/jurisdictions/" + record.getJurisdiction().getSlug() + "#" + anchorOf(record);
	}

	@Override
	protected String anchorOf(Designation record) {
		return "designation-" + record.getId();
	}

	@Override
	protected String afterDelete(Designation record) {
		return "/jurisdictions/" + record.getJurisdiction().getSlug() + "#designations";
	}

	@Override
	protected String deleteAction(Designation record) {
		return "/designations/" + record.getId() + "/delete";
	}

}
