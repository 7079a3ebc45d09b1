package org.sanctuarytracker.home;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.map.MapFilter;
import org.sanctuarytracker.map.MapService;
import org.sanctuarytracker.policy.PolicyService;
import org.sanctuarytracker.statement.StatementService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the front page: the map of the states, counts by status and the latest policies
 * and statements.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HomeController {

	static final String VIEW = "home";

	private static final int LATEST = 6;

	private final JurisdictionService jurisdictions;

	private final PolicyService policies;

	private final StatementService statements;

	private final MapService maps;

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("stateMap", this.maps.national(new MapFilter(null, null, null)).map());
		model.addAttribute("statusCounts", this.jurisdictions.countByStatus());
		model.addAttribute("latestPolicies", this.policies.latest(LATEST));
		model.addAttribute("latestStatements", this.statements.latest(LATEST));
		return VIEW;
	}

}
