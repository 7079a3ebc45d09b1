package org.sanctuarytracker.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.indicator.ValueQualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Dates show only the precision their source supports; money shows no invented cents.
 */
class FormatsTests {

	private final Formats formats = new Formats(messages());

	@Test
	void shouldShowADateAtItsPrecision() {
		assertThat(this.formats.date(PartialDate.day(2024, 11, 19))).isEqualTo("19 November 2024");
		assertThat(this.formats.date(PartialDate.month(2024, 11))).isEqualTo("November 2024");
		assertThat(this.formats.date(PartialDate.year(2016))).isEqualTo("2016");
		assertThat(this.formats.date(null)).isEmpty();
	}

	@Test
	void shouldWriteADateAsSpanishDoes() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		try {
			assertThat(this.formats.date(PartialDate.day(2024, 11, 19))).isEqualTo("19 de noviembre de 2024");
			assertThat(this.formats.date(PartialDate.month(2024, 11))).isEqualTo("noviembre de 2024");
			assertThat(this.formats.date(PartialDate.year(2016))).isEqualTo("2016");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void shouldNormaliseAPartialDateToTheStartOfItsPeriod() {
		assertThat(new PartialDate(LocalDate.of(2024, 11, 19), DatePrecision.MONTH).date())
			.isEqualTo(LocalDate.of(2024, 11, 1));
		assertThat(new PartialDate(LocalDate.of(2024, 11, 19), DatePrecision.YEAR).iso()).isEqualTo("2024");
		assertThat(PartialDate.month(2024, 11).iso()).isEqualTo("2024-11");
		assertThatThrownBy(() -> new PartialDate(LocalDate.now(), null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldFormatMoneyAndHedgedFigures() {
		assertThat(this.formats.money(new BigDecimal("1300000.00"))).isEqualTo("$1,300,000");
		assertThat(this.formats.money(new BigDecimal("250000.50"))).isEqualTo("$250,000.50");
		assertThat(this.formats.percent(new BigDecimal("20.00"))).isEqualTo("20%");
		assertThat(this.formats.hedged(new BigDecimal("50000"), false, ValueQualifier.MORE_THAN))
			.isEqualTo("more than 50,000");
		assertThat(this.formats.hedged(new BigDecimal("5000000000"), true, ValueQualifier.NEARLY))
			.isEqualTo("nearly $5,000,000,000");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

}
