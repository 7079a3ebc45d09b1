package org.sanctuarytracker.policy;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.source.Permalinks;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.Citations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a policy's detail page, its permalink.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PolicyController {

	static final String DETAIL_VIEW = "policies/detail";

	private final PolicyService policies;

	private final Citations citations;

	@GetMapping("/policies/{id}")
	String detail(@PathVariable long id, Model model) {
		Policy policy = this.policies.get(id);
		Permalinks.show(model, "policy", policy, citation(policy), Citations.abbreviate(
				(policy.getSummary() != null) ? policy.getSummary() : policy.getTitle(), Citations.DESCRIPTION_LENGTH));
		return DETAIL_VIEW;
	}

	/**
	 * Who adopted what, of which kind and status, when (at the date's precision) and
	 * where it was reported.
	 */
	private String citation(Policy policy) {
		return this.citations.cite("/policies/" + policy.getId(), policy.getJurisdiction().getName(), policy.getTitle(),
				this.citations.text("instrument." + policy.getInstrument()),
				this.citations.text("policyStatus." + policy.getStatus()),
				this.citations.part("cite.adopted", this.citations.date(policy.getAdoptedOn())), this.citations
					.part("cite.in", Citations.joined(policy.getSources().stream().map(Source::outlet).toList())));
	}

}
