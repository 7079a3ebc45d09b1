package org.sanctuarytracker.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Reads a date as an editor types it, at the precision typed: "2016" is a YEAR, "2024-11"
 * a MONTH, "2024-11-19" a DAY. So nobody has to pick a precision apart from the date, and
 * nobody can invent a day by accident.
 */
public class PartialDateFormatter implements Formatter<PartialDate> {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	@Override
	public PartialDate parse(String text, Locale locale) {
		Matcher parts = FORM.matcher(text.strip());
		if (!parts.matches()) {
			throw new IllegalArgumentException("Not YYYY, YYYY-MM or YYYY-MM-DD: " + text);
		}
		try {
			int year = Integer.parseInt(parts.group(1));
			if (parts.group(2) == null) {
				return PartialDate.year(year);
			}
			YearMonth month = YearMonth.of(year, Integer.parseInt(parts.group(2)));
			if (parts.group(3) == null) {
				return PartialDate.month(month.getYear(), month.getMonthValue());
			}
			LocalDate day = month.atDay(Integer.parseInt(parts.group(3)));
			return new PartialDate(day, DatePrecision.DAY);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("No such date: " + text, ex);
		}
	}

	@Override
	public String print(PartialDate date, Locale locale) {
		return date.iso();
	}

}
