package org.sanctuarytracker.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.AtomFeed;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChangeFeed {

	private final MessageSource messages;

	private final Formats formats;

	AtomFeed atom(String title, String pageUrl, String feedUrl, String baseUrl, List<Change> changes) {
		List<Entry> entries = new ArrayList<>();
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
	AtomFeed revisionsAtom(String title, String pageUrl, String feedUrl, String baseUrl,
			List<RevisionChanges> revisions) {
		List<Entry> entries = new ArrayList<>();
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

	private AtomFeed write(String title, String pageUrl, String feedUrl, Instant newest, List<Entry> entries) {
		return new AtomFeed(title, pageUrl, feedUrl, message("app.name"), (newest != null) ? newest : Instant.EPOCH,
				entries);
	}

	private Entry entry(Change change, String baseUrl) {
		return AtomFeed.entry(
				baseUrl + "/changes#revision-" + change.revision() + "-" + change.type().path() + "-"
						+ change.recordId(),
				message("change.kind." + change.kind()) + " " + message("recordType." + change.type()) + ": "
						+ label(change),
				baseUrl + change.historyUrl(), CleanText.of(change.username()), change.at(), change.at(),
				CleanText.of(change.summary()));
	}

	private Entry entry(RevisionChanges revision, String baseUrl) {
		// The same anchor the change list gives this entry.
		return AtomFeed.entry(baseUrl + "/changes#revision-" + revision.revision(),
				this.messages.getMessage("feed.revisionTitle",
						new Object[] { CleanText.of(revision.summary()), this.formats.number(revision.records()) },
						LocaleContextHolder.getLocale()),
				baseUrl + revision.url(), CleanText.of(revision.username()), revision.at(), revision.at(),
				CleanText.of(revision.summary()));
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
