package org.sanctuarytracker.funding;

import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditing;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Serves the editors' funding exposure forms: add one to a jurisdiction, edit it, delete
 * it. A save leads to the row's own page, with the confirmation above it.
 */
@Controller
@FactPages(value = "funding", anchor = "funding")
class FundingExposureEditController extends JurisdictionFactEditor<FundingExposure, FundingExposureForm> {

	FundingExposureEditController(FundingExposureService service, JurisdictionFactEditing editing) {
		super(service, editing);
	}

	@ModelAttribute("statuses")
	FundingStatus[] statuses() {
		return FundingStatus.values();
	}

}
