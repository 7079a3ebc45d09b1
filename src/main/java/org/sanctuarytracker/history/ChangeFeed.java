package org.sanctuarytracker.history;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.sanctuarytracker.system.AtomLinks;
import org.sanctuarytracker.system.CleanText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a list of changes as an Atom 1.0 feed (with Rome), so a feed reader can follow
 * the whole site or one jurisdiction.
 */
@Component
class ChangeFeed {

	private final MessageSource messages;

	ChangeFeed(MessageSource messages) {
		this.messages = messages;
	}

	String atom(String title, String pageUrl, String feedUrl, String baseUrl, List<Change> changes) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(title);
		feed.setUri(feedUrl);
		feed.setLinks(AtomLinks.of(pageUrl, feedUrl));
		feed.setAuthor(message("app.name"));
		feed.setPublishedDate(changes.isEmpty() ? new Date(0) : Date.from(changes.get(0).at()));
		List<SyndEntry> entries = new ArrayList<>();
		for (Change change : changes) {
			SyndEntry entry = new SyndEntryImpl();
			entry.setUri(baseUrl + "/changes#revision-" + change.revision() + "-" + change.type().path() + "-"
					+ change.recordId());
			entry.setTitle(message("change.kind." + change.kind()) + " " + message("recordType." + change.type()) + ": "
					+ label(change));
			entry.setLink(baseUrl + change.historyUrl());
			entry.setAuthor(CleanText.of(change.username()));
			entry.setPublishedDate(Date.from(change.at()));
			entry.setUpdatedDate(Date.from(change.at()));
			SyndContent summary = new SyndContentImpl();
			summary.setType("text/plain");
			summary.setValue(CleanText.of(change.summary()));
			entry.setDescription(summary);
			entries.add(entry);
		}
		feed.setEntries(entries);
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the change feed", ex);
		}
	}

	/** The feed's title: the whole site's, or one jurisdiction's. */
	String title(String jurisdictionName) {
		return (jurisdictionName != null) ? this.messages.getMessage("feed.jurisdictionTitle",
				new Object[] { jurisdictionName }, LocaleContextHolder.getLocale()) : message("feed.title");
	}

	private String label(Change change) {
		// Older rows may hold characters XML cannot carry; the feed must render whatever
		// is stored.
		return (change.type() == RecordType.INDICATOR) ? message("metric." + change.label())
				: CleanText.of(change.label());
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
