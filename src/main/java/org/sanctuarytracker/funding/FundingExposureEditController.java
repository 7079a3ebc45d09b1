package org.sanctuarytracker.funding;

import java.util.Map;

import org.sanctuarytracker.editing.FactEditor;
import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.editing.RecordChoices;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.jurisdiction.JurisdictionChoices;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.SourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

/**
 * Serves the editors' funding exposure forms: add one to a jurisdiction, edit it, delete
 * it.
 */
@Controller
@FactPages("funding")
class FundingExposureEditController extends FactEditor<FundingExposure, FundingForm> {

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

	@Override
	protected FundingForm newForm(String slug) {
		FundingForm form = new FundingForm();
		form.showJurisdiction(this.jurisdictions.getBySlug(slug));
		return form;
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

}
