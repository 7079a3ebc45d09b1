package org.sanctuarytracker.indicator;

import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditing;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;

/**
 * Serves the editors' figure forms: add one to a jurisdiction, edit it, delete it.
 */
@Controller
@FactPages("indicators")
class IndicatorEditController extends JurisdictionFactEditor<Indicator, IndicatorForm> {

	static final String FORM_VIEW = "indicators/form";

	IndicatorEditController(IndicatorService service, JurisdictionFactEditing editing) {
		super(service, editing);
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
