package org.sanctuarytracker.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.export.PastPages;
import org.sanctuarytracker.export.PointInTime;
import org.sanctuarytracker.export.Snapshot;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

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

	private final PastPages past;

	@GetMapping("/search")
	String search(@Valid @ModelAttribute("search") SearchQuery query,
			@RequestParam(name = "as_of", required = false) String asOf, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		PointInTime moment = PointInTime.parameter("as_of", asOf);
		Snapshot snapshot = (moment != null) ? this.past.show(moment, asOf, model, request, response) : null;
		if (!query.isEmpty()) {
			model.addAttribute("results", this.search.find(query.q(), snapshot));
		}
		return VIEW;
	}

}
