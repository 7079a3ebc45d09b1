package org.sanctuarytracker.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The "Cite this" line of a record's permalink page: what the record is, then the
 * tracker, the page's own address and the day it was read, as one line of plain text. The
 * address names the configured public URL (WebConfiguration), never a Host header a
 * client sent, so a citation copied from any page names the same address. The day is the
 * server's, as the public page cache keys pages on it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Citations {

	/** About as much of a page's description as link previews and search results show. */
	public static final int DESCRIPTION_LENGTH = 160;

	private final MessageSource messages;

	private final Formats formats;

	private final Clock clock;

	/**
	 * The record's parts joined by commas (missing ones left out), then the tracker, the
	 * address of {@code path} and today.
	 */
	public String cite(String path, String... parts) {
		String record = Arrays.stream(parts)
			.filter(Objects::nonNull)
			.filter((part) -> !part.isBlank())
			.collect(Collectors.joining(", "));
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
		String today = this.formats.date(new PartialDate(LocalDate.now(this.clock), DatePrecision.DAY));
		return message("cite.record", record, message("app.name"), url, today);
	}

	/**
	 * A part in the reader's language ("in NewsNation"), or none when its value is none.
	 */
	public @Nullable String part(String key, @Nullable Object value) {
		// As text: a number argument would be written with grouping ("fiscal year
		// 2,025").
		return (value != null && !value.toString().isBlank()) ? message(key, value.toString()) : null;
	}

	/** Any text in the reader's language. */
	public String text(String key, Object... arguments) {
		return message(key, arguments);
	}

	/** A date at the precision it was recorded at, or none. */
	public @Nullable String date(@Nullable PartialDate date) {
		return (date != null) ? this.formats.date(date) : null;
	}

	/** Names joined as one part ("Los Angeles Times; NewsNation"), each once. */
	public static @Nullable String joined(Collection<? extends @Nullable String> names) {
		String joined = names.stream()
			.filter(Objects::nonNull)
			.filter((name) -> !name.isBlank())
			.distinct()
			.collect(Collectors.joining("; "));
		return joined.isEmpty() ? null : joined;
	}

	/**
	 * Text cut to at most {@code max} characters at a word's end, for a page's
	 * description.
	 */
	public static String abbreviate(String text, int max) {
		if (text == null || text.length() <= max || max < 2) {
			return text;
		}
		int end = text.lastIndexOf(' ', max - 1);
		return text.substring(0, (end > max / 2) ? end : max - 1).strip() + "…";
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
