package org.sanctuarytracker.funding;

import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditing;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;

/**
 * Serves the editors' funding exposure forms: add one to a jurisdiction, edit it, delete
 * it.
 */
@Controller
@FactPages("funding")
class FundingExposureEditController extends JurisdictionFactEditor<FundingExposure, FundingForm> {

	static final String FORM_VIEW = "funding/form";

	FundingExposureEditController(FundingService service, JurisdictionFactEditing editing) {
		super(service, editing);
	}

	@Override
	protected String factView(Model model, FundingForm form, FundingExposure record) {
		model.addAttribute("recordId", (record != null) ? record.getId() : null);
		model.addAttribute("statuses", FundingStatus.values());
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

}
