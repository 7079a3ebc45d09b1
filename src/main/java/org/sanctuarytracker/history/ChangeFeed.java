package org.sanctuarytracker.history;

import java.time.Instant;
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
import org.sanctuarytracker.system.Formats;
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

	private final Formats formats;

	ChangeFeed(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	String atom(String title, String pageUrl, String feedUrl, String baseUrl, List<Change> changes) {
		List<SyndEntry> entries = new ArrayList<>();
		for (Change change : changes) {
			entries.add(entry(change, baseUrl));
		}
		return write(title, pageUrl, feedUrl, changes.isEmpty() ? null : changes.get(0).at(), entries);
	}

	/**
	 * The site's feed as its page lists it: a save's records one entry each, an import's
	 * or a load's thousands one entry linking them all, so one import never pushes every
	 * other change out of a reader's feed.
	 */
	String revisionsAtom(String title, String pageUrl, String feedUrl, String baseUrl,
			List<RevisionChanges> revisions) {
		List<SyndEntry> entries = new ArrayList<>();
		for (RevisionChanges revision : revisions) {
			if (revision.collapsed()) {
				entries.add(entry(revision, baseUrl));
			}
			else {
				for (Change change : revision.shown()) {
					entries.add(entry(change, baseUrl));
				}
			}
		}
		return write(title, pageUrl, feedUrl, revisions.isEmpty() ? null : revisions.get(0).at(), entries);
	}

	private String write(String title, String pageUrl, String feedUrl, Instant newest, List<SyndEntry> entries) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(title);
		feed.setUri(feedUrl);
		feed.setLinks(AtomLinks.of(pageUrl, feedUrl));
		feed.setAuthor(message("app.name"));
		feed.setPublishedDate((newest != null) ? Date.from(newest) : new Date(0));
		feed.setEntries(entries);
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the change feed", ex);
		}
	}

	private SyndEntry entry(Change change, String baseUrl) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setUri(baseUrl + "/changes#revision-" + change.revision() + "-" + change.type().path() + "-"
				+ change.recordId());
		entry.setTitle(message("change.kind." + change.kind()) + " " + message("recordType." + change.type()) + ": "
				+ label(change));
		entry.setLink(baseUrl + change.historyUrl());
		dated(entry, change.username(), change.at(), change.summary());
		return entry;
	}

	private SyndEntry entry(RevisionChanges revision, String baseUrl) {
		SyndEntry entry = new SyndEntryImpl();
		// The same anchor the change list gives this entry.
		entry.setUri(baseUrl + "/changes#revision-" + revision.revision());
		entry.setTitle(this.messages.getMessage("feed.revisionTitle",
				new Object[] { CleanText.of(revision.summary()), this.formats.number(revision.records()) },
				LocaleContextHolder.getLocale()));
		entry.setLink(baseUrl + revision.url());
		dated(entry, revision.username(), revision.at(), revision.summary());
		return entry;
	}

	private static void dated(SyndEntry entry, String username, Instant at, String summary) {
		entry.setAuthor(CleanText.of(username));
		entry.setPublishedDate(Date.from(at));
		entry.setUpdatedDate(Date.from(at));
		SyndContent description = new SyndContentImpl();
		description.setType("text/plain");
		description.setValue(CleanText.of(summary));
		entry.setDescription(description);
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
