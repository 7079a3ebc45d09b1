package org.sanctuarytracker.system;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Reads a date as an editor types it, at the precision typed: "2016" is a YEAR, "2024-11"
 * a MONTH, "2024-11-19" a DAY. So nobody has to pick a precision apart from the date, and
 * nobody can invent a day by accident. A well-written date that does not exist is told
 * apart from one that is not a date at all: "2025-02-30" is written right, and the editor
 * needs to hear that February 2025 has no 30th, not how to write a date.
 */
public class PartialDateFormatter implements Formatter<PartialDate> {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	@Override
	public PartialDate parse(String text, Locale locale) {
		Matcher parts = FORM.matcher(text.strip());
		if (!parts.matches()) {
			throw new IllegalArgumentException("Not YYYY, YYYY-MM or YYYY-MM-DD: " + text);
		}
		int year = Integer.parseInt(parts.group(1));
		if (parts.group(2) == null) {
			return PartialDate.year(year);
		}
		int month = Integer.parseInt(parts.group(2));
		if (month < 1 || month > 12) {
			throw new InputNotUnderstood("date.noSuchMonth", parts.group(2));
		}
		if (parts.group(3) == null) {
			return PartialDate.month(year, month);
		}
		int day = Integer.parseInt(parts.group(3));
		YearMonth yearMonth = YearMonth.of(year, month);
		if (day < 1 || day > yearMonth.lengthOfMonth()) {
			// The month by name in the editor's language: "30 February 2025", "30 de
			// febrero de 2025".
			throw new InputNotUnderstood("date.noSuchDay", String.valueOf(day),
					Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale), parts.group(1));
		}
		return new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY);
	}

	@Override
	public String print(PartialDate date, Locale locale) {
		return date.iso();
	}

}
