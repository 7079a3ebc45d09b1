package org.sanctuarytracker.map;

import jakarta.validation.Valid;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.policy.Provision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Serves the national map: states or counties shaded by status, filtered by a provision
 * in force or a kind.
 */
@Controller
class MapController {

	static final String VIEW = "map/index";

	private final MapService maps;

	MapController(MapService maps) {
		this.maps = maps;
	}

	@GetMapping("/map")
	String map(@Valid @ModelAttribute("filter") MapFilter filter, Model model) {
		model.addAttribute("national", this.maps.national(filter));
		model.addAttribute("provisions", Provision.values());
		model.addAttribute("kinds", JurisdictionKind.values());
		return VIEW;
	}

}
