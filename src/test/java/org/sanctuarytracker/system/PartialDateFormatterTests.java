package org.sanctuarytracker.system;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A date typed at its precision: one written right that does not exist is told apart from
 * one that is not a date at all, with the day and month named in the editor's language.
 */
class PartialDateFormatterTests {

	private final PartialDateFormatter dates = new PartialDateFormatter();

	@Test
	void shouldNameADayThatDoesNotExist() {
		assertThatExceptionOfType(InputNotUnderstood.class).isThrownBy(() -> this.dates.parse("2025-02-30", Locale.US))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("date.noSuchDay");
				assertThat(ex.arguments()).containsExactly("30", "February", "2025");
			});
		assertThatExceptionOfType(InputNotUnderstood.class)
			.isThrownBy(() -> this.dates.parse("2025-02-30", Locale.forLanguageTag("es")))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("30", "febrero", "2025"));
	}

	@Test
	void shouldKnowLeapYears() {
		assertThat(this.dates.parse("2024-02-29", Locale.US)).isEqualTo(PartialDate.day(2024, 2, 29));
		assertThatExceptionOfType(InputNotUnderstood.class).isThrownBy(() -> this.dates.parse("2025-02-29", Locale.US));
		assertThatExceptionOfType(InputNotUnderstood.class).isThrownBy(() -> this.dates.parse("2025-04-00", Locale.US))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("0", "April", "2025"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-13", "2025-00", "2025-13-01" })
	void shouldNameAMonthThatDoesNotExist(String typed) {
		assertThatExceptionOfType(InputNotUnderstood.class).isThrownBy(() -> this.dates.parse(typed, Locale.US))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("date.noSuchMonth"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "soon", "2025/02/03", "25-02-03", "2025-2-3", "February 2025" })
	void shouldSayHowToWriteADateWhenItIsNotOne(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.dates.parse(typed, Locale.US))
			.isNotInstanceOf(InputNotUnderstood.class);
	}

	@Test
	void shouldReadEachPrecision() {
		assertThat(this.dates.parse("2016", Locale.US)).isEqualTo(PartialDate.year(2016));
		assertThat(this.dates.parse("2024-11", Locale.US)).isEqualTo(PartialDate.month(2024, 11));
		assertThat(this.dates.parse(" 2024-11-19 ", Locale.US)).isEqualTo(PartialDate.day(2024, 11, 19));
	}

}
