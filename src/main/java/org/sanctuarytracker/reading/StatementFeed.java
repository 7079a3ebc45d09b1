package org.sanctuarytracker.reading;

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
import org.sanctuarytracker.statement.Statement;
import org.sanctuarytracker.system.AtomLinks;
import org.sanctuarytracker.system.CleanText;
import org.sanctuarytracker.system.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Statements as an Atom 1.0 feed, so a reader can follow what one person says: each entry
 * is a statement's own page (its permalink is its id), dated when the tracker recorded
 * it; the words and the date they were said, at its precision, are its summary.
 */
@Component
class StatementFeed {

	private final MessageSource messages;

	private final Formats formats;

	StatementFeed(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	String atom(String title, String pageUrl, String feedUrl, String baseUrl, List<Statement> statements) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(title);
		feed.setUri(feedUrl);
		feed.setLinks(AtomLinks.of(pageUrl, feedUrl));
		feed.setAuthor(message("app.name"));
		feed.setPublishedDate(statements.isEmpty() ? new Date(0)
				: Date.from(statements.stream().map(Statement::getUpdatedAt).max(Comparable::compareTo).orElseThrow()));
		List<SyndEntry> entries = new ArrayList<>();
		for (Statement statement : statements) {
			String url = baseUrl + "/statements/" + statement.getId();
			SyndEntry entry = new SyndEntryImpl();
			entry.setUri(url);
			entry.setLink(url);
			entry.setTitle(CleanText.of(statement.getPerson().getName()) + ": "
					+ abbreviated(CleanText.of(statement.getQuote())));
			entry.setAuthor(CleanText.of(statement.getPerson().getName()));
			entry.setPublishedDate(Date.from(statement.getCreatedAt()));
			entry.setUpdatedDate(Date.from(statement.getUpdatedAt()));
			SyndContent summary = new SyndContentImpl();
			summary.setType("text/plain");
			String said = (statement.getStatedOn() != null) ? this.formats.date(statement.getStatedOn())
					: message("common.undated");
			summary.setValue(said + ". " + CleanText.of(statement.getQuote()));
			entry.setDescription(summary);
			entries.add(entry);
		}
		feed.setEntries(entries);
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the statement feed", ex);
		}
	}

	String title(String key, String argument) {
		return this.messages.getMessage(key, new Object[] { argument }, LocaleContextHolder.getLocale());
	}

	private static String abbreviated(String text) {
		if (text.length() <= 80) {
			return text;
		}
		int space = text.lastIndexOf(' ', 79);
		return text.substring(0, (space > 20) ? space : 79).strip() + "…";
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
