package org.sanctuarytracker.system;

import java.util.List;

import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;

import org.springframework.http.MediaType;

/**
 * The two links every feed of the site carries: the page it follows (rel="alternate") and
 * its own address (rel="self"), which readers use to recognise a feed they already
 * follow.
 */
public final class AtomLinks {

	/** What every feed is served as. */
	public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private AtomLinks() {
	}

	public static List<SyndLink> of(String pageUrl, String feedUrl) {
		return List.of(link("alternate", "text/html", pageUrl), link("self", "application/atom+xml", feedUrl));
	}

	private static SyndLink link(String rel, String type, String href) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

}
