package org.sanctuarytracker.system;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.view.feed.AbstractAtomFeedView;

/**
 * Writes the model's {@link AtomFeed} with Spring's Atom view (Rome underneath), as
 * {@code application/atom+xml} in UTF-8.
 */
class AtomFeedView extends AbstractAtomFeedView {

	static final String MODEL = "feed";

	AtomFeedView() {
		setContentType("application/atom+xml;charset=UTF-8");
	}

	@Override
	protected void buildFeedMetadata(Map<String, Object> model, Feed feed, HttpServletRequest request) {
		AtomFeed atom = feed(model);
		feed.setTitle(atom.title());
		feed.setId(atom.feedUrl());
		feed.setAlternateLinks(List.of(AtomFeed.link("alternate", "text/html", atom.pageUrl())));
		feed.setOtherLinks(List.of(AtomFeed.link("self", "application/atom+xml", atom.feedUrl())));
		feed.setAuthors(List.of(AtomFeed.person(atom.author())));
		feed.setUpdated(Date.from(atom.updated()));
	}

	@Override
	protected List<Entry> buildFeedEntries(Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		return feed(model).entries();
	}

	/**
	 * The feed the controller put in the model; a view without one is a programming
	 * error.
	 */
	private static AtomFeed feed(Map<String, Object> model) {
		return (AtomFeed) Objects.requireNonNull(model.get(MODEL), "no " + MODEL + " in the model");
	}

}
