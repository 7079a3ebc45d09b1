package org.sanctuarytracker.system;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Binds {@link ExactDay} fields with the partial dates' reading, then insists on a day:
 * "2024-11" in a field for the day a page was read is refused like any other non-day.
 */
final class ExactDayFormatterFactory implements AnnotationFormatterFactory<ExactDay> {

	private static final PartialDateFormatter DATES = new PartialDateFormatter();

	private static final Formatter<LocalDate> DAY = new Formatter<>() {

		@Override
		public LocalDate parse(String text, Locale locale) {
			PartialDate date = DATES.parse(text, locale);
			if (date.precision() != DatePrecision.DAY) {
				throw new IllegalArgumentException("Not a whole day: " + text);
			}
			return date.date();
		}

		@Override
		public String print(LocalDate day, Locale locale) {
			return day.toString();
		}

	};

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(LocalDate.class);
	}

	@Override
	public Printer<?> getPrinter(ExactDay annotation, Class<?> fieldType) {
		return DAY;
	}

	@Override
	public Parser<?> getParser(ExactDay annotation, Class<?> fieldType) {
		return DAY;
	}

}
