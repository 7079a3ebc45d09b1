package org.sanctuarytracker.policy;

import java.util.Map;

import org.sanctuarytracker.editing.FactEditor;
import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.editing.RecordChoices;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.indicator.ValueQualifier;
import org.sanctuarytracker.jurisdiction.JurisdictionChoices;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.SourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

/**
 * Serves the editors' policy forms: add a policy to a jurisdiction, edit it, delete it.
 */
@Controller
@FactPages("policies")
class PolicyEditController extends FactEditor<Policy, PolicyForm> {

	static final String FORM_VIEW = "policies/form";

	private final JurisdictionChoices jurisdictionChoices;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	PolicyEditController(PolicyService policies, JurisdictionService jurisdictions, SourceService sources,
			HistoryService history, SmartValidator validator, JurisdictionChoices jurisdictionChoices) {
		super(policies, history, validator);
		this.jurisdictionChoices = jurisdictionChoices;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
	}

	@Override
	protected PolicyForm newForm(String slug) {
		PolicyForm form = new PolicyForm();
		form.showJurisdiction(this.jurisdictions.getBySlug(slug));
		return form;
	}

	@Override
	protected Class<Policy> recordClass() {
		return Policy.class;
	}

	@Override
	protected PolicyForm formOf(Policy policy) {
		return new PolicyForm(policy);
	}

	@Override
	protected void validateMore(PolicyForm form, Errors errors) {
		form.validateCitations(errors, false);
		form.validateDates(errors);
		for (String slug : form.targetSlugs()) {
			if (this.jurisdictions.findBySlug(slug).isEmpty()) {
				errors.rejectValue("targets", "policy.targetUnknown", new Object[] { slug }, null);
			}
		}
	}

	@Override
	protected Map<String, RecordChoices> pickers(PolicyForm form) {
		return Map.of("jurisdiction", this.jurisdictionChoices);
	}

	@Override
	protected String formView(Model model, PolicyForm form, Policy policy) {
		model.addAttribute("policyId", (policy != null) ? policy.getId() : null);
		model.addAttribute("instruments", PolicyInstrument.values());
		model.addAttribute("statuses", PolicyStatus.values());
		model.addAttribute("allProvisions", Provision.values());
		model.addAttribute("qualifiers", ValueQualifier.values());
		model.addAttribute("sourceChoices", this.sources.choices(form));
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

	@Override
	protected String afterDelete(Policy policy) {
		return "/jurisdictions/" + policy.getJurisdiction().getSlug() + "#policies";
	}

}
