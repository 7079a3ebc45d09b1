package org.sanctuarytracker.reading;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.statement.StatementFilter;
import org.sanctuarytracker.statement.StatementService;
import org.sanctuarytracker.system.PageFeed;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves a statement search as an Atom feed ({@code /statements.atom?q=…}, with the
 * filters of {@code /statements}), so a reader can follow a saved search: its newest
 * matches, each entry a statement's permalink.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatementSearchFeedController {

	/** The newest matches a search's feed carries, as a person's feed does. */
	static final int FEED_SIZE = PersonController.FEED_SIZE;

	private final StatementService statements;

	private final StatementFeed feed;

	// Bad filters answer 400 as the page does (ErrorPages); the page and size are the
	// page's own and leave the feed as it is.
	@GetMapping("/statements.atom")
	ModelAndView feed(@Valid @ModelAttribute("filter") StatementFilter filter) {
		PageFeed named = filter.feed();
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return this.feed
			.atom(this.feed.title(named.titleKey(), named.argument()), base + "/statements" + filter.query(),
					base + named.url(), base, this.statements.newest(filter, FEED_SIZE))
			.view();
	}

}
