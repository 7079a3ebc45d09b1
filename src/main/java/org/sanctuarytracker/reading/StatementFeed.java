package org.sanctuarytracker.reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.statement.Statement;
import org.sanctuarytracker.system.AtomFeed;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatementFeed {

	private final MessageSource messages;

	private final Formats formats;

	AtomFeed atom(String title, String pageUrl, String feedUrl, String baseUrl, List<Statement> statements) {
		Instant updated = statements.stream()
			.map(Statement::getUpdatedAt)
			.max(Comparable::compareTo)
			.orElse(Instant.EPOCH);
		List<Entry> entries = new ArrayList<>();
		for (Statement statement : statements) {
			String url = baseUrl + "/statements/" + statement.getId();
			String said = (statement.getStatedOn() != null) ? this.formats.date(statement.getStatedOn())
					: message("common.undated");
			entries.add(AtomFeed.entry(url,
					CleanText.of(statement.getPerson().getName()) + ": "
							+ abbreviated(CleanText.of(statement.getQuote())),
					url, CleanText.of(statement.getPerson().getName()), statement.getCreatedAt(),
					statement.getUpdatedAt(), said + ". " + CleanText.of(statement.getQuote())));
		}
		return new AtomFeed(title, pageUrl, feedUrl, message("app.name"), updated, entries);
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
