package org.sanctuarytracker.funding;

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
 * Serves the editors' funding exposure forms: add one to a jurisdiction, edit it, delete
 * it.
 */
@Controller
class FundingExposureEditController extends RecordEditor<FundingExposure, FundingForm> {

	static final String FORM_VIEW = "funding/form";

	private final JurisdictionChoices jurisdictionChoices;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	FundingExposureEditController(FundingService service, JurisdictionService jurisdictions, SourceService sources,
			HistoryService history, SmartValidator validator, JurisdictionChoices jurisdictionChoices) {
		super(service, history, validator);
		this.jurisdictionChoices = jurisdictionChoices;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
	}

	@GetMapping("/jurisdictions/{slug}/funding/new")
	String newRecord(@PathVariable String slug, Model model) {
		FundingForm form = new FundingForm();
		form.showJurisdiction(this.jurisdictions.getBySlug(slug));
		return showNew(model, form);
	}

	@PostMapping("/jurisdictions/{slug}/funding/new")
	String create(@PathVariable String slug, @ModelAttribute("form") FundingForm form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect) {
		return processCreate(form, result, searchSources != null, model, redirect);
	}

	@GetMapping("/funding/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return showEdit(id, model);
	}

	@PostMapping("/funding/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") FundingForm form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return processUpdate(id, form, result, searchSources != null, model, redirect, response);
	}

	@GetMapping("/funding/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return showDelete(id, model);
	}

	@PostMapping("/funding/{id}/delete")
	String delete(@PathVariable long id, @ModelAttribute("form") DeleteForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return processDelete(id, form, result, model, redirect, response);
	}

	@Override
	protected Class<FundingExposure> recordClass() {
		return FundingExposure.class;
	}

	@Override
	protected FundingForm formOf(FundingExposure record) {
		return new FundingForm(record);
	}

	@Override
	protected void validateMore(FundingForm form, Errors errors) {
		form.validateCitations(errors, false);
		form.validateAmountOrShare(errors);
	}

	@Override
	protected Map<String, RecordChoices> pickers(FundingForm form) {
		return Map.of("jurisdiction", this.jurisdictionChoices);
	}

	@Override
	protected String formView(Model model, FundingForm form, FundingExposure record) {
		model.addAttribute("recordId", (record != null) ? record.getId() : null);
		model.addAttribute("statuses", FundingStatus.values());
		model.addAttribute("sourceChoices", this.sources.choices(form));
		return FORM_VIEW;
	}

	@Override
	protected String pageOf(FundingExposure record) {
		// Its own page, with the confirmation above the row saved (see
		// StatementEditController).
		return "/funding/" + record.getId();
	}

	@Override
	protected String anchorOf(FundingExposure record) {
		return "funding-" + record.getId();
	}

	@Override
	protected String afterDelete(FundingExposure record) {
		return "/jurisdictions/" + record.getJurisdiction().getSlug() + "#funding";
	}

	@Override
	protected String deleteAction(FundingExposure record) {
		return "/funding/" + record.getId() + "/delete";
	}

}
