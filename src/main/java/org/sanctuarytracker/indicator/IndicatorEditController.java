package org.sanctuarytracker.indicator;

import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.jurisdiction.JurisdictionChoices;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditor;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.SourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.SmartValidator;

/**
 * Serves the editors' figure forms: add one to a jurisdiction, edit it, delete it.
 */
@Controller
@FactPages("indicators")
class IndicatorEditController extends JurisdictionFactEditor<Indicator, IndicatorForm> {

	static final String FORM_VIEW = "indicators/form";

	IndicatorEditController(IndicatorService service, JurisdictionService jurisdictions, SourceService sources,
			HistoryService history, SmartValidator validator, JurisdictionChoices jurisdictionChoices) {
		super(service, history, validator, jurisdictions, jurisdictionChoices, sources);
	}

	@Override
	protected String factView(Model model, IndicatorForm form, Indicator record) {
		model.addAttribute("recordId", (record != null) ? record.getId() : null);
		model.addAttribute("metrics", Metric.values());
		model.addAttribute("qualifiers", ValueQualifier.values());
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

}
