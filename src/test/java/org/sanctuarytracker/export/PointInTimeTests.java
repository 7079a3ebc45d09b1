package org.sanctuarytracker.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctuarytracker.system.BadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A moment given as a date or an instant, without Spring: a date for {@code as_of} ends
 * at the last microsecond of that day in UTC, and for {@code updated_since} starts at its
 * first; an instant is itself either way.
 */
class PointInTimeTests {

	@Test
	void shouldReadADateAsTheWholeDayInUtc() {
		PointInTime day = PointInTime.parse("2026-11-20");

		assertThat(day.date()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(day.instant()).isNull();
		assertThat(day.start()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
		assertThat(day.endInclusive()).isEqualTo(Instant.parse("2026-11-20T23:59:59.999999Z"));
		assertThat(day).hasToString("2026-11-20");
	}

	@Test
	void shouldEndTheLastDayOfTheYearBeforeTheNextYearStarts() {
		PointInTime day = PointInTime.parse("2024-12-31");

		assertThat(day.endInclusive()).isEqualTo(Instant.parse("2024-12-31T23:59:59.999999Z"))
			.isBefore(PointInTime.parse("2025-01-01").start());
	}

	@Test
	void shouldReadAnInstantAsItselfForBothEnds() {
		PointInTime instant = PointInTime.parse("2026-11-20T14:03:00Z");

		assertThat(instant.instant()).isEqualTo(Instant.parse("2026-11-20T14:03:00Z"));
		assertThat(instant.date()).isNull();
		assertThat(instant.start()).isEqualTo(Instant.parse("2026-11-20T14:03:00Z"));
		assertThat(instant.endInclusive()).isEqualTo(Instant.parse("2026-11-20T14:03:00Z"));
		assertThat(instant).hasToString("2026-11-20T14:03:00Z");
	}

	@Test
	void shouldTurnAnOffsetIntoUtc() {
		assertThat(PointInTime.parse("2026-11-20T09:03:00-05:00").instant())
			.isEqualTo(Instant.parse("2026-11-20T14:03:00Z"));
		assertThat(PointInTime.parse("2026-11-21T01:33:00.5+11:30").instant())
			.isEqualTo(Instant.parse("2026-11-20T14:03:00.500Z"));
	}

	@Test
	void shouldIgnoreSurroundingSpaces() {
		assertThat(PointInTime.parse(" 2026-11-20 ").date()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(PointInTime.parse("\t2026-11-20T14:03:00Z\n").instant())
			.isEqualTo(Instant.parse("2026-11-20T14:03:00Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-02-30", "2024-13-01", "yesterday", "2026-11-20T14:03:00", "2026/11/20", "2026-11",
			"2026", "" })
	void shouldRefuseTextThatIsNotAMoment(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PointInTime.parse(text))
			.withMessage("Not a date (YYYY-MM-DD) or an instant (2026-11-20T14:03:00Z): " + text);
	}

	@Test
	void shouldTakeAnAbsentOrBlankParameterAsNone() {
		assertThat(PointInTime.parameter("as_of", null)).isNull();
		assertThat(PointInTime.parameter("as_of", "")).isNull();
		assertThat(PointInTime.parameter("as_of", "  ")).isNull();
	}

	@Test
	void shouldReadAPastParameter() {
		assertThat(PointInTime.parameter("as_of", "2024-11-19")).isEqualTo(PointInTime.parse("2024-11-19"));
	}

	@Test
	void shouldAnswerABadRequestForAParameterThatIsNotAMoment() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> PointInTime.parameter("updated_since", "2024-02-30"))
			.satisfies((ex) -> {
				assertThat(ex.getKey()).isEqualTo("export.moment.invalid");
				assertThat(ex.getArguments()).containsExactly("updated_since", "2024-02-30");
			});
	}

	@Test
	void shouldAnswerABadRequestForAMomentInTheFuture() {
		String nextYear = Year.now().plusYears(1) + "-06-01";
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> PointInTime.parameter("as_of", nextYear))
			.satisfies((ex) -> {
				assertThat(ex.getKey()).isEqualTo("export.moment.future");
				assertThat(ex.getArguments()).containsExactly("as_of", nextYear);
			});
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> PointInTime.parameter("as_of", "9999-12-31T00:00:00Z"))
			.satisfies((ex) -> assertThat(ex.getKey()).isEqualTo("export.moment.future"));
	}

}
