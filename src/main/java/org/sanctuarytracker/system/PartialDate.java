package org.sanctuarytracker.system;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A date with the precision its source supports: "November 2024" is never shown as 1
 * November 2024. Entities map it with column overrides ({@code adopted_on},
 * {@code adopted_on_precision}).
 */
@Embeddable
public record PartialDate(LocalDate date, @Enumerated(EnumType.STRING) DatePrecision precision) {

	public PartialDate {
		if ((date == null) != (precision == null)) {
			throw new IllegalArgumentException("A date needs its precision and a precision its date");
		}
		if (date != null) {
			date = switch (precision) {
				case DAY -> date;
				case MONTH -> date.withDayOfMonth(1);
				case YEAR -> date.withDayOfYear(1);
			};
		}
	}

	public static PartialDate day(int year, int month, int day) {
		return new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY);
	}

	public static PartialDate month(int year, int month) {
		return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
	}

	public static PartialDate year(int year) {
		return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
	}

	/** The ISO 8601 form at this precision: 2024-11-19, 2024-11 or 2024. */
	public String iso() {
		return switch (this.precision) {
			case DAY -> this.date.toString();
			case MONTH -> this.date.toString().substring(0, 7);
			case YEAR -> String.valueOf(this.date.getYear());
		};
	}

}
