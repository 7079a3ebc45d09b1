package org.sanctuarytracker.map;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.export.Snapshot;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.system.AsOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Serves the national map: states or counties shaded by status, filtered by a provision
 * in force or a kind; today, or with {@code as_of} as the record stood then (the snapshot
 * the exports of that moment read).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MapController {

	static final String VIEW = "map/index";

	private final MapService maps;

	@GetMapping("/map")
	String map(@Valid @ModelAttribute("filter") MapFilter filter, @AsOf Snapshot snapshot, Model model) {
		model.addAttribute("national", this.maps.national(filter, snapshot));
		model.addAttribute("provisions", Provision.values());
		model.addAttribute("kinds", JurisdictionKind.values());
		return VIEW;
	}

}
