package org.sanctuarytracker.system;

/**
 * A page's own Atom feed, which the layout names in the page's head for feed readers to
 * discover (besides the site's feed of changes, which every page names).
 *
 * @param url the feed's path
 * @param titleKey the message key of its title, with one argument
 * @param argument what the title names (a jurisdiction, a person)
 */
public record PageFeed(String url, String titleKey, String argument) {

	public static final String ATTRIBUTE = "pageFeed";

}
