package org.sanctuarytracker.designation;

import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditing;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;

/**
 * Serves the editors' designation forms: add one to a jurisdiction, edit it, delete it.
 */
@Controller
@FactPages("designations")
class DesignationEditController extends JurisdictionFactEditor<Designation, DesignationForm> {

	static final String FORM_VIEW = "designations/form";

	DesignationEditController(DesignationService service, JurisdictionFactEditing editing) {
		super(service, editing);
	}

	@Override
	protected String factView(Model model, DesignationForm form, Designation record) {
		model.addAttribute("recordId", (record != null) ? record.getId() : null);
		return FORM_VIEW;
	}

	@Override
	protected String pageOf(Designation record) {
		// No page of its own: the profile scrolls to its line, which shows the
		// confirmation.
		return "/jurisdictions/" + record.getJurisdiction().getSlug() + "#" + anchorOf(record);
	}

	@Override
	protected String anchorOf(Designation record) {
		return "designation-" + record.getId();
	}

}
