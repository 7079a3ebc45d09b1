package org.sanctuarytracker.indicator;

import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditing;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Serves the editors' figure forms: add one to a jurisdiction, edit it, delete it. A
 * figure has no page of its own: a save leads to its row on the profile.
 */
@Controller
@FactPages(value = "indicators", anchor = "indicator", ownPage = false)
class IndicatorEditController extends JurisdictionFactEditor<Indicator, IndicatorForm> {

	IndicatorEditController(IndicatorService service, JurisdictionFactEditing editing) {
		super(service, editing);
	}

	/** The choices the form offers. */
	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("metrics", Metric.values());
		model.addAttribute("qualifiers", ValueQualifier.values());
	}

}
