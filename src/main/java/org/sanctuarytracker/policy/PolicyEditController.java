package org.sanctuarytracker.policy;

import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.indicator.ValueQualifier;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditing;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Serves the editors' policy forms: add a policy to a jurisdiction, edit it, delete it.
 */
@Controller
@FactPages(value = "policies", anchor = "policy")
class PolicyEditController extends JurisdictionFactEditor<Policy, PolicyForm> {

	PolicyEditController(PolicyService policies, JurisdictionFactEditing editing) {
		super(policies, editing);
	}

	@Override
	protected void validateMore(PolicyForm form, Errors errors) {
		for (String slug : form.targetSlugs()) {
			if (this.jurisdictions.findBySlug(slug).isEmpty()) {
				errors.rejectValue("targets", "policy.targetUnknown", new Object[] { slug }, null);
			}
		}
	}

	/** The choices the form offers. */
	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("instruments", PolicyInstrument.values());
		model.addAttribute("statuses", PolicyStatus.values());
		model.addAttribute("allProvisions", Provision.values());
		model.addAttribute("qualifiers", ValueQualifier.values());
	}

}
