package org.sanctuarytracker.history;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.Formats;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A record's field as the pages show it, for the history's differences and the conflict
 * page: codes by their labels, dollars and dates as {@link Formats} writes them, yes or
 * no for a flag. Fields are named as on the entities and forms ({@code amountUsd}); a
 * field this class does not know is shown as it is stored, so a new column shows up in
 * the history before anyone teaches it here.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FieldValues {

	// Numbers the pages write with thousands separators; other whole numbers are years or
	// coordinates, written as they are.
	private static final Set<String> COUNTS = Set.of("population", "value");

	// Text that is a code or an address rather than words: compared whole, never word by
	// word.
	private static final Set<String> IDENTIFIERS = Set.of("slug", "geoid", "ocdId", "stateCode", "url", "archiveUrl");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	private final MessageSource messages;

	private final Formats formats;

	/** One value of a record's field as the pages show it; empty for no value. */
	public String show(RecordType type, String field, Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			return values.stream()
				.map((member) -> show(type, field, member))
				.sorted()
				.collect(Collectors.joining("; "));
		}
		if (value instanceof PartialDate date) {
			return this.formats.date(date);
		}
		if (value instanceof Boolean flag) {
			return message(flag ? "common.yes" : "common.no", String.valueOf(flag));
		}
		if (value instanceof Enum<?> code) {
			return code(type, field, code.name());
		}
		if (value instanceof Number number) {
			return number(field, number);
		}
		String text = value.toString();
		if (codePrefix(type, field) != null) {
			return code(type, field, text);
		}
		// A coded column added since, labelled under its own name (stance.X, kind.X).
		return CODE.matcher(text).matches() ? message(field + "." + text, text) : text;
	}

	/** A figure: in dollars when its metric counts dollars (those ending in _USD). */
	public String figure(Object value, String metric) {
		if (!(value instanceof Number number)) {
			return (value != null) ? value.toString() : "";
		}
		BigDecimal decimal = new BigDecimal(number.toString());
		return (metric != null && metric.endsWith("_USD")) ? this.formats.money(decimal) : this.formats.number(decimal);
	}

	/**
	 * A term of office in words, as the person's page writes it: "Mayor, Chicago, from
	 * 2019 to 2023, source: …"; a term without dates says when its source reported it,
	 * never "since", which would claim today. Dates are partial dates or, for a row the
	 * database's checks would refuse, the stored text.
	 */
	public String term(String title, String jurisdiction, Object heldFrom, Object heldTo, Object reportedOn,
			String source) {
		String from = show(RecordType.PERSON, "heldFrom", heldFrom);
		String to = show(RecordType.PERSON, "heldTo", heldTo);
		String held;
		if (!from.isEmpty() && !to.isEmpty()) {
			held = phrase("term.fromTo", from, to);
		}
		else if (!from.isEmpty()) {
			held = phrase("term.from", from);
		}
		else if (!to.isEmpty()) {
			held = phrase("term.until", to);
		}
		else if (reportedOn != null) {
			held = phrase("term.asReported", show(RecordType.SOURCE, "publishedOn", reportedOn));
		}
		else {
			held = message("term.undated", "undated");
		}
		StringBuilder words = new StringBuilder((title != null) ? title : "");
		if (jurisdiction != null) {
			words.append(", ").append(jurisdiction);
		}
		words.append(", ").append(held);
		if (source != null) {
			words.append(", ").append(phrase("history.termSource", source));
		}
		return words.toString();
	}

	/** The label of a coded value ({@code ORDINANCE} → "Ordinance"); the code if none. */
	public String code(RecordType type, String field, String code) {
		String prefix = codePrefix(type, field);
		return (prefix != null) ? message(prefix + code, code) : code;
	}

	/** Whether a field holds prose, whose differences are shown word by word. */
	public boolean isProse(RecordType type, String field) {
		return codePrefix(type, field) == null && !IDENTIFIERS.contains(field);
	}

	private String number(String field, Number number) {
		BigDecimal decimal = new BigDecimal(number.toString());
		if (field.endsWith("Usd")) {
			return this.formats.money(decimal);
		}
		if (field.endsWith("Pct")) {
			return this.formats.percent(decimal);
		}
		return COUNTS.contains(field) ? this.formats.number(decimal) : decimal.toPlainString();
	}

	private static String codePrefix(RecordType type, String field) {
		String prefix = type.codes().get(field);
		if (prefix == null && field.endsWith("Qualifier")) {
			// The hedge on a figure or an amount ("more than", "nearly").
			return "qualifierLabel.";
		}
		return prefix;
	}

	private String message(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

	private String phrase(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
