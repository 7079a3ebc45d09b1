package org.sanctuarytracker.search;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.export.Snapshot;
import org.sanctuarytracker.system.AsOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Serves the site search, {@code /search?q=}, where the header's search box leads; today,
 * or with {@code as_of} in the record as it stood then (the snapshot the exports of that
 * moment read).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SearchController {

	static final String VIEW = "search/results";

	private final SiteSearch search;

	@GetMapping("/search")
	String search(@Valid @ModelAttribute("search") SearchQuery query, @AsOf Snapshot snapshot, Model model) {
		if (!query.isEmpty()) {
			model.addAttribute("results", this.search.find(query.q(), snapshot));
		}
		return VIEW;
	}

}
