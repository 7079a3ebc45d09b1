package org.sanctuarytracker.indicator;

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
 * Serves the editors' figure forms: add one to a jurisdiction, edit it, delete it.
 */
@Controller
@FactPages("indicators")
class IndicatorEditController extends FactEditor<Indicator, IndicatorForm> {

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

	@Override
	protected IndicatorForm newForm(String slug) {
		IndicatorForm form = new IndicatorForm();
		form.showJurisdiction(this.jurisdictions.getBySlug(slug));
		return form;
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

}
