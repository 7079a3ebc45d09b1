package org.sanctuarytracker.policy;

import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.indicator.ValueQualifier;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditing;
import org.sanctuarytracker.jurisdiction.JurisdictionFactEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * Serves the editors' policy forms: add a policy to a jurisdiction, edit it, delete it.
 */
@Controller
@FactPages("policies")
class PolicyEditController extends JurisdictionFactEditor<Policy, PolicyForm> {

	static final String FORM_VIEW = "policies/form";

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

	@Override
	protected String factView(Model model, PolicyForm form, Policy policy) {
		model.addAttribute("policyId", (policy != null) ? policy.getId() : null);
		model.addAttribute("instruments", PolicyInstrument.values());
		model.addAttribute("statuses", PolicyStatus.values());
		model.addAttribute("allProvisions", Provision.values());
		model.addAttribute("qualifiers", ValueQualifier.values());
		return FORM_VIEW;
	}

	@Override
	protected String pageOf(Policy policy) {
		return "/policies/" + policy.getId();
	}

	@Override
	protected String anchorOf(Policy policy) {
		return "policy-" + policy.getId();
	}

}
