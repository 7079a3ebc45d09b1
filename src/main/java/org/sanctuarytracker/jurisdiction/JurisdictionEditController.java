package org.sanctuarytracker.jurisdiction;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.DeletePage;
import org.sanctuarytracker.editing.RecordChoices;
import org.sanctuarytracker.editing.RecordEditor;
import org.sanctuarytracker.history.HistoryService;
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
 * Serves the editors' jurisdiction forms, status assessment included: add, edit, and
 * delete a jurisdiction nothing depends on.
 */
@Controller
class JurisdictionEditController extends RecordEditor<Jurisdiction, JurisdictionForm> {

	static final String FORM_VIEW = "jurisdictions/form";

	private final JurisdictionChoices jurisdictionChoices;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	JurisdictionEditController(JurisdictionService jurisdictions, SourceService sources, HistoryService history,
			SmartValidator validator, JurisdictionChoices jurisdictionChoices) {
		super(jurisdictions, history, validator);
		this.jurisdictionChoices = jurisdictionChoices;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
	}

	@GetMapping("/jurisdictions/new")
	String newJurisdiction(Model model) {
		return showNew(model, new JurisdictionForm());
	}

	@PostMapping("/jurisdictions/new")
	String create(@ModelAttribute("form") JurisdictionForm form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect) {
		return processCreate(form, result, searchSources != null, model, redirect);
	}

	@GetMapping("/jurisdictions/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		return showEdit(this.jurisdictions.getBySlug(slug).getId(), model);
	}

	@PostMapping("/jurisdictions/{slug}/edit")
	String update(@PathVariable String slug, @ModelAttribute("form") JurisdictionForm form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return processUpdate(recordIdOf(form), form, result, searchSources != null, model, redirect, response);
	}

	@GetMapping("/jurisdictions/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		return showDelete(this.jurisdictions.getBySlug(slug).getId(), model);
	}

	@PostMapping("/jurisdictions/{slug}/delete")
	String delete(@PathVariable String slug, @ModelAttribute("form") DeleteForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return processDelete(this.jurisdictions.getBySlug(slug).getId(), form, result, model, redirect, response);
	}

	@Override
	protected Class<Jurisdiction> recordClass() {
		return Jurisdiction.class;
	}

	@Override
	protected JurisdictionForm formOf(Jurisdiction jurisdiction) {
		return new JurisdictionForm(jurisdiction);
	}

	@Override
	protected void validateMore(JurisdictionForm form, Errors errors) {
		form.validateMore(errors);
	}

	@Override
	protected Map<String, String> constraintFields() {
		return Map.of("jurisdiction_slug_key", "slug", "jurisdiction_geoid_key", "geoid", "jurisdiction_ocd_id_key",
				"ocdId", "jurisdiction_not_own_parent", "parent");
	}

	@Override
	protected List<DeletePage.Blocker> deleteBlockers(Jurisdiction jurisdiction) {
		return this.jurisdictions.dependents(jurisdiction)
			.entrySet()
			.stream()
			.map((entry) -> new DeletePage.Blocker("delete.blocker." + entry.getKey(), entry.getValue()))
			.toList();
	}

	@Override
	protected Map<String, RecordChoices> pickers(JurisdictionForm form) {
		return Map.of("parent", this.jurisdictionChoices);
	}

	@Override
	protected String formView(Model model, JurisdictionForm form, Jurisdiction jurisdiction) {
		model.addAttribute("jurisdictionSlug", (jurisdiction != null) ? jurisdiction.getSlug() : null);
		model.addAttribute("kinds", JurisdictionKind.values());
		model.addAttribute("statuses", JurisdictionStatus.values());
		model.addAttribute("sourceChoices", this.sources.choices(form));
		return FORM_VIEW;
	}

	@Override
	protected String pageOf(Jurisdiction jurisdiction) {
		return "/jurisdictions/" + jurisdiction.getSlug();
	}

	@Override
	protected String afterDelete(Jurisdiction jurisdiction) {
		return "/jurisdictions";
	}

	@Override
	protected String deleteAction(Jurisdiction jurisdiction) {
		return "/jurisdictions/" + jurisdiction.getSlug() + "/delete";
	}

}
