package org.sanctuarytracker.system;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Amounts as editors copy them from articles, read the US way in both languages and shown
 * back as they were understood.
 */
class AmountReaderTests {

	private static final AmountReader DOLLARS = new AmountReader(AmountInWords.Kind.DOLLARS);

	private static final AmountReader FIGURE = new AmountReader(AmountInWords.Kind.FIGURE);

	private static final AmountReader PERCENT = new AmountReader(AmountInWords.Kind.PERCENT);

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "$2,500,000|2500000", "2,500,000|2500000", "2.5 million|2500000", "$1.2 billion|1200000000",
					"2500000|2500000", "2500000.00|2500000", "$ 2.5 million|2500000", "2.5 million dollars|2500000",
					"2.5M|2500000", "3 bn|3000000000", "US$40,000|40000", "40 thousand|40000", "2.5 millones|2500000",
					"1.2 mil millones|1200000000", "1,250.50|1250.5", ".5 million|500000", "-5|-5",
					"1.5 MILLION|1500000" })
	void shouldReadDollarsAsPeopleWriteThem(String typed, String understood) {
		assertThat(DOLLARS.parse(typed, Locale.US)).isEqualByComparingTo(new BigDecimal(understood));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "lots", "2,50,000", "2500,000", "12%", "2.5 zillion", "$", "million", "1.2.3", "2 500 000" })
	void shouldRefuseWhatIsNotAnAmount(String typed) {
		assertThatExceptionOfType(InputNotUnderstood.class).isThrownBy(() -> DOLLARS.parse(typed, Locale.US))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("amount.dollars.notUnderstood"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "12.5%|12.5", "12.5|12.5", "12.5 %|12.5", "40 percent|40", "40 por ciento|40" })
	void shouldReadAShareWithOrWithoutItsSign(String typed, String understood) {
		assertThat(PERCENT.parse(typed, Locale.US)).isEqualByComparingTo(new BigDecimal(understood));
	}

	@ParameterizedTest
	@ValueSource(strings = { "$12", "2 million", "12 usd" })
	void shouldRefuseDollarsOrScalesInAShare(String typed) {
		assertThatExceptionOfType(InputNotUnderstood.class).isThrownBy(() -> PERCENT.parse(typed, Locale.US))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("amount.percent.notUnderstood"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2.500", "1.000 millones" })
	void shouldRefuseAPointBeforeThreeDigitsInSpanishWhereItMeansThousands(String typed) {
		Locale spanish = Locale.forLanguageTag("es");
		assertThatExceptionOfType(InputNotUnderstood.class).isThrownBy(() -> FIGURE.parse(typed, spanish))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("amount.pointAmbiguous"));
		assertThat(FIGURE.parse("2.5", spanish)).isEqualByComparingTo("2.5");
		assertThat(FIGURE.parse(typed, Locale.US)).isEqualByComparingTo(typed.startsWith("2") ? "2.5" : "1000000");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2500000|$2,500,000", "2500000.00|$2,500,000", "1250.5|$1,250.50", "0|$0" })
	void shouldShowDollarsTheUsWayInEveryLanguage(String amount, String shown) {
		assertThat(DOLLARS.print(new BigDecimal(amount), Locale.forLanguageTag("es"))).isEqualTo(shown);
		assertThat(DOLLARS.parse(shown, Locale.forLanguageTag("es"))).isEqualByComparingTo(amount);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1200000|1,200,000", "12.25|12.25" })
	void shouldShowFiguresWithoutADollarSign(String amount, String shown) {
		assertThat(FIGURE.print(new BigDecimal(amount), Locale.US)).isEqualTo(shown);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12.5|12.5%", "40.00|40%" })
	void shouldShowSharesWithTheirSign(String amount, String shown) {
		assertThat(PERCENT.print(new BigDecimal(amount), Locale.US)).isEqualTo(shown);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2.5 million", "$1.2 billion" })
	void shouldStoreAPlainNumberNotAnExponent(String typed) {
		assertThat(DOLLARS.parse(typed, Locale.US).toPlainString()).doesNotContain("E").doesNotContain(".");
	}

}
