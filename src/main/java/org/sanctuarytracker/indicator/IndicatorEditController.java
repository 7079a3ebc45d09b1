package org.sanctuarytracker.indicator;

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
 * Serves the editors' figure forms: add one to a jurisdiction, edit it, delete it.
 */
@Controller
class IndicatorEditController extends RecordEditor<Indicator, IndicatorForm> {

	static final String FORM_VIEW = "indicators/form";

	private final JurisdictionChoices jurisdictionChoices;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	IndicatorEditController(IndicatorService service, JurisdictionService jurisdictions, SourceService sources,
			HistoryService history, SmartValidator validator, JurisdictionChoices jurisdictionChoices) {
		super(service, history, validator);
		this.jurisdictionChoices = jurisdictionChoices;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
	}

	@GetMapping("/jurisdictions/{slug}/indicators/new")
	String newRecord(@PathVariable String slug, Model model) {
		IndicatorForm form = new IndicatorForm();
		form.showJurisdiction(this.jurisdictions.getBySlug(slug));
		return showNew(model, form);
	}

	@PostMapping("/jurisdictions/{slug}/indicators/new")
	String create(@PathVariable String slug, @ModelAttribute("form") IndicatorForm form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect) {
		return processCreate(form, result, searchSources != null, model, redirect);
	}

	@GetMapping("/indicators/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return showEdit(id, model);
	}

	@PostMapping("/indicators/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") IndicatorForm form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return processUpdate(id, form, result, searchSources != null, model, redirect, response);
	}

	@GetMapping("/indicators/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return showDelete(id, model);
	}

	@PostMapping("/indicators/{id}/delete")
	String delete(@PathVariable long id, @ModelAttribute("form") DeleteForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return processDelete(id, form, result, model, redirect, response);
	}

	@Override
	protected Class<Indicator> recordClass() {
		return Indicator.class;
	}

	@Override
	protected IndicatorForm formOf(Indicator record) {
		return new IndicatorForm(record);
	}

	@Override
	protected void validateMore(IndicatorForm form, Errors errors) {
		form.validateCitations(errors, false);
	}

	@Override
	protected Map<String, RecordChoices> pickers(IndicatorForm form) {
		return Map.of("jurisdiction", this.jurisdictionChoices);
	}

	@Override
	protected String formView(Model model, IndicatorForm form, Indicator record) {
		model.addAttribute("recordId", (record != null) ? record.getId() : null);
		model.addAttribute("metrics", Metric.values());
		model.addAttribute("qualifiers", ValueQualifier.values());
		model.addAttribute("sourceChoices", this.sources.choices(form));
		return FORM_VIEW;
	}

	@Override
	protected String pageOf(Indicator record) {
		// A figure has no page of its own: the profile scrolls to its row, which shows
		// the confirmation.
		return "/jurisdictions/" + record.getJurisdiction().getSlug() + "#" + anchorOf(record);
	}

	@Override
	protected String anchorOf(Indicator record) {
		return "indicator-" + record.getId();
	}

	@Override
	protected String afterDelete(Indicator record) {
		return "/jurisdictions/" + record.getJurisdiction().getSlug() + "#indicators";
	}

	@Override
	protected String deleteAction(Indicator record) {
		return "/indicators/" + record.getId() + "/delete";
	}

}
