package org.sanctuarytracker.designation;

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
 * Serves the editors' designation forms: add one to a jurisdiction, edit it, delete it.
 */
@Controller
@FactPages("designations")
class DesignationEditController extends FactEditor<Designation, DesignationForm> {

	static final String FORM_VIEW = "designations/form";

	private final JurisdictionChoices jurisdictionChoices;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	DesignationEditController(DesignationService service, JurisdictionService jurisdictions, SourceService sources,
			HistoryService history, SmartValidator validator, JurisdictionChoices jurisdictionChoices) {
		super(service, history, validator);
		this.jurisdictionChoices = jurisdictionChoices;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
	}

	@Override
	protected DesignationForm newForm(String slug) {
		DesignationForm form = new DesignationForm();
		form.showJurisdiction(this.jurisdictions.getBySlug(slug));
		return form;
	}

	@Override
	protected Class<Designation> recordClass() {
		return Designation.class;
	}

	@Override
	protected DesignationForm formOf(Designation record) {
		return new DesignationForm(record);
	}

	@Override
	protected void validateMore(DesignationForm form, Errors errors) {
		form.validateCitations(errors, false);
		form.validateMore(errors);
	}

	@Override
	protected Map<String, RecordChoices> pickers(DesignationForm form) {
		return Map.of("jurisdiction", this.jurisdictionChoices);
	}

	@Override
	protected String formView(Model model, DesignationForm form, Designation record) {
		model.addAttribute("recordId", (record != null) ? record.getId() : null);
		model.addAttribute("sourceChoices", this.sources.choices(form));
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

	@Override
	protected String afterDelete(Designation record) {
		return "/jurisdictions/" + record.getJurisdiction().getSlug() + "#designations";
	}

}
