package org.sanctuarytracker.search;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Serves the site search, {@code /search?q=}, where the header's search box leads.
 */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final SiteSearch search;

	SearchController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@Valid @ModelAttribute("search") SearchQuery query, Model model) {
		if (!query.isEmpty()) {
			model.addAttribute("results", this.search.find(query.q()));
		}
		return VIEW;
	}

}
