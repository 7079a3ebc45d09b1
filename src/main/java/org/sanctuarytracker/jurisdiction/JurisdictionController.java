package org.sanctuarytracker.jurisdiction;

import jakarta.validation.Valid;
import org.sanctuarytracker.policy.Provision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the public jurisdiction list and each jurisdiction's profile.
 */
@Controller
class JurisdictionController {

	static final String LIST_VIEW = "jurisdictions/list";

	static final String PROFILE_VIEW = "jurisdictions/profile";

	private final JurisdictionService jurisdictions;

	private final JurisdictionProfileService profiles;

	JurisdictionController(JurisdictionService jurisdictions, JurisdictionProfileService profiles) {
		this.jurisdictions = jurisdictions;
		this.profiles = profiles;
	}

	@GetMapping("/jurisdictions")
	String list(@Valid @ModelAttribute("filter") JurisdictionFilter filter, Model model) {
		model.addAttribute("results", this.jurisdictions.search(filter));
		model.addAttribute("stateCodes", this.jurisdictions.stateCodes());
		model.addAttribute("kinds", JurisdictionKind.values());
		model.addAttribute("statuses", JurisdictionStatus.values());
		model.addAttribute("provisions", Provision.values());
		model.addAttribute("sorts", JurisdictionSort.values());
		return LIST_VIEW;
	}

	@GetMapping("/jurisdictions/{slug}")
	String profile(@PathVariable String slug, Model model) {
		model.addAttribute("profile", this.profiles.profile(slug));
		return PROFILE_VIEW;
	}

}
