package org.sanctuarytracker.designation;

import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditing;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditor;
import org.springframework.stereotype.Controller;

/**
 * Serves the editors' designation forms: add one to a jurisdiction, edit it, delete it. A
 * designation has no page of its own: a save leads to its line on the profile.
 */
@Controller
@FactPages(value = "designations", anchor = "designation", ownPage = false)
class DesignationEditController extends JurisdictionFactEditor<Designation, DesignationForm> {

	DesignationEditController(DesignationService service, JurisdictionFactEditing editing) {
		super(service, editing);
	}

}
