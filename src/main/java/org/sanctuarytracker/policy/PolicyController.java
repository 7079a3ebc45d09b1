package org.sanctuarytracker.policy;

import org.sanctuarytracker.source.SourceNumbers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a policy's detail page.
 */
@Controller
class PolicyController {

	static final String DETAIL_VIEW = "policies/detail";

	private final PolicyService policies;

	PolicyController(PolicyService policies) {
		this.policies = policies;
	}

	@GetMapping("/policies/{id}")
	String detail(@PathVariable long id, Model model) {
		Policy policy = this.policies.get(id);
		model.addAttribute("policy", policy);
		model.addAttribute("sources", new SourceNumbers().add(policy));
		return DETAIL_VIEW;
	}

}
