package org.sanctuarytracker.home;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.jurisdiction.KindCoverage;
import org.sanctuarytracker.policy.Provision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The methodology: what each status and provision means, how an assessment is made, what
 * "as of" means, how far the record reaches, corrections and citing. Status badges and
 * legends link here ({@code /about#status-SANCTUARY}), so a reader is one click from the
 * definition of any label the site shows.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AboutController {

	private final JurisdictionService jurisdictions;

	@GetMapping("/about")
	String about(Model model) {
		List<KindCoverage> coverage = this.jurisdictions.coverageByKind();
		model.addAttribute("statuses", JurisdictionStatus.values());
		model.addAttribute("provisions", Provision.values());
		model.addAttribute("coverage", coverage);
		model.addAttribute("assessed", coverage.stream().mapToLong(KindCoverage::assessed).sum());
		model.addAttribute("total", coverage.stream().mapToLong(KindCoverage::total).sum());
		return "about";
	}

}
