package org.sanctuarytracker.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A date at the precision its source gives, without Spring: a MONTH is kept as its first
 * day and a YEAR as 1 January whatever day it was made with, so two dates at one
 * precision are equal when they name the same month or year; {@link PartialDate#iso()}
 * writes only the parts the precision has. Reading typed text is
 * {@link PartialDateFormatter}'s ({@link PartialDateFormatterTests}).
 */
class PartialDateTests {

	@Test
	void shouldKeepAMonthAsItsFirstDayAndAYearAsTheFirstOfJanuary() {
		assertThat(new PartialDate(LocalDate.of(2024, 11, 19), DatePrecision.MONTH).date())
			.isEqualTo(LocalDate.of(2024, 11, 1));
		assertThat(new PartialDate(LocalDate.of(2024, 11, 19), DatePrecision.YEAR).date())
			.isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(new PartialDate(LocalDate.of(2024, 11, 19), DatePrecision.DAY).date())
			.isEqualTo(LocalDate.of(2024, 11, 19));
	}

	@Test
	void shouldBeEqualWhenTheyNameTheSameMonthOrYear() {
		PartialDate november = new PartialDate(LocalDate.of(2024, 11, 19), DatePrecision.MONTH);
		assertThat(november).isEqualTo(PartialDate.month(2024, 11))
			.hasSameHashCodeAs(PartialDate.month(2024, 11))
			.isNotEqualTo(PartialDate.day(2024, 11, 1))
			.isNotEqualTo(PartialDate.month(2024, 12));
		assertThat(new PartialDate(LocalDate.of(2016, 7, 4), DatePrecision.YEAR)).isEqualTo(PartialDate.year(2016))
			.isNotEqualTo(PartialDate.day(2016, 1, 1))
			.isNotEqualTo(PartialDate.month(2016, 1));
	}

	@Test
	void shouldWriteOnlyThePartsItsPrecisionHas() {
		assertThat(PartialDate.day(2024, 11, 19).iso()).isEqualTo("2024-11-19");
		assertThat(PartialDate.day(2024, 2, 9).iso()).isEqualTo("2024-02-09");
		assertThat(PartialDate.month(2024, 3).iso()).isEqualTo("2024-03");
		assertThat(PartialDate.year(2016).iso()).isEqualTo("2016");
		assertThat(new PartialDate(LocalDate.of(2016, 7, 4), DatePrecision.YEAR).iso()).isEqualTo("2016");
	}

	@Test
	void shouldReadBackWhatItWrites() {
		PartialDateFormatter formatter = new PartialDateFormatter();
		for (PartialDate date : new PartialDate[] { PartialDate.day(2024, 2, 29), PartialDate.month(1999, 12),
				PartialDate.year(2016) }) {
			assertThat(formatter.parse(date.iso(), Locale.US)).isEqualTo(date);
			assertThat(formatter.print(date, Locale.US)).isEqualTo(date.iso());
		}
	}

	@Test
	void shouldRefuseADateWithoutItsPrecisionOrAPrecisionWithoutItsDate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(LocalDate.of(2024, 11, 19), null))
			.withMessage("A date needs its precision and a precision its date");
		assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(null, DatePrecision.DAY))
			.withMessage("A date needs its precision and a precision its date");
	}

	@Test
	void shouldBeEmptyWithNeitherDateNorPrecision() {
		// An embedded column pair that is null in the row.
		PartialDate none = new PartialDate(null, null);
		assertThat(none.date()).isNull();
		assertThat(none.precision()).isNull();
		assertThat(none).isEqualTo(new PartialDate(null, null));
	}

	@Test
	void shouldRefuseDaysAndMonthsNotOnTheCalendar() {
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.day(2025, 2, 29));
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.day(2024, 2, 30));
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.month(2024, 13));
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.month(2024, 0));
		assertThat(PartialDate.day(2024, 2, 29).date()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

}
