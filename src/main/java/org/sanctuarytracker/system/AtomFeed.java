package org.sanctuarytracker.system;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.ModelAndView;

/**
 * An Atom 1.0 feed of the site: its title, the page it follows and its own address (which
 * readers use to recognise a feed they already follow), who publishes it, when it last
 * changed, and its entries; written by Spring's Atom view ({@link AtomFeedView}).
 */
public record AtomFeed(String title, String pageUrl, String feedUrl, String author, Instant updated,
		List<Entry> entries) {

	/** The feed as a handler's answer. */
	public ModelAndView view() {
		return new ModelAndView(new AtomFeedView(), AtomFeedView.MODEL, this);
	}

	/** An entry: its permanent id, title, page, author, dates and plain-text summary. */
	public static Entry entry(String id, String title, String url, String author, Instant published, Instant updated,
			String summary) {
		Entry entry = new Entry();
		entry.setId(id);
		entry.setTitle(title);
		entry.setAlternateLinks(List.of(link("alternate", null, url)));
		entry.setAuthors(List.of(person(author)));
		entry.setPublished(Date.from(published));
		entry.setUpdated(Date.from(updated));
		Content text = new Content();
		text.setType(Content.TEXT);
		text.setValue(summary);
		entry.setSummary(text);
		return entry;
	}

	static Link link(String rel, @Nullable String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	static Person person(String name) {
		Person person = new Person();
		person.setName(name);
		return person;
	}

}
