package org.sanctuarytracker.reading;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.person.PersonService;
import org.sanctuarytracker.statement.StatementService;
import org.sanctuarytracker.system.LinkPreviews;
import org.sanctuarytracker.system.PageFeed;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves a person's page: who they are and everything they said on record.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PersonController {

	/** The newest statements on the page; the statement search has them all. */
	static final int STATEMENTS_SHOWN = 20;

	static final String DETAIL_VIEW = "people/detail";

	private final PersonService people;

	/** The newest statements a person's feed carries. */
	static final int FEED_SIZE = 50;

	private final StatementService statements;

	private final StatementFeed feed;

	private final RecordDescriptions descriptions;

	@GetMapping("/people/{slug}")
	String detail(@PathVariable String slug, Model model) {
		Person person = this.people.getBySlug(slug);
		model.addAttribute("person", person);
		model.addAttribute("statements", this.statements.by(person, PageRequest.of(0, STATEMENTS_SHOWN)));
		model.addAttribute(PageFeed.ATTRIBUTE,
				new PageFeed("/people/" + person.getSlug() + "/statements.atom", "feed.personTitle", person.getName()));
		model.addAttribute(LinkPreviews.DESCRIPTION, this.descriptions.of(person));
		return DETAIL_VIEW;
	}

	/** What a person said, newest first, for a feed reader to follow. */
	@GetMapping("/people/{slug}/statements.atom")
	ModelAndView feed(@PathVariable String slug) {
		Person person = this.people.getBySlug(slug);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return this.feed
			.atom(this.feed.title("feed.personTitle", person.getName()), base + "/people/" + person.getSlug(),
					base + "/people/" + person.getSlug() + "/statements.atom", base,
					this.statements.by(person, PageRequest.of(0, FEED_SIZE)).getContent())
			.view();
	}

}
