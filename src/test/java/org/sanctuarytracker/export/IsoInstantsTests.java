package org.sanctuarytracker.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instants of an export made from PostgreSQL's text are those Instant.toString()
 * writes, fraction or none.
 */
class IsoInstantsTests {

	/** How PostgreSQL writes a timestamptz in a UTC session: trailing zeros dropped. */
	private static String postgresText(Instant instant) {
		String text = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
			.format(instant.atOffset(ZoneOffset.UTC))
			.replaceAll("0+$", "")
			.replaceAll("\\.$", "");
		return text + "+00";
	}

	@Test
	void shouldWriteWhatInstantToStringWrites() {
		Random random = new Random(8);
		Instant start = Instant.parse("1900-01-01T00:00:00Z");
		for (int i = 0; i < 20_000; i++) {
			Instant instant = start.plus(random.nextLong(4_000_000_000_000_000L), ChronoUnit.MICROS);
			switch (i % 4) {
				case 0 -> instant = instant.truncatedTo(ChronoUnit.SECONDS);
				case 1 -> instant = instant.truncatedTo(ChronoUnit.MILLIS);
				case 2 -> instant = instant.truncatedTo(ChronoUnit.SECONDS).plusMillis(random.nextInt(10) * 100);
				default -> {
				}
			}
			assertThat(IsoInstants.fromUtcText(postgresText(instant))).as(postgresText(instant))
				.isEqualTo(instant.toString());
		}
		assertThat(IsoInstants.fromUtcText("2024-11-01 14:03:07.25+00")).isEqualTo("2024-11-01T14:03:07.250Z");
		assertThat(IsoInstants.fromUtcText("2024-11-01 14:03:07.0025+00")).isEqualTo("2024-11-01T14:03:07.002500Z");
		assertThat(IsoInstants.fromUtcText("2024-11-01 14:03:07+00")).isEqualTo("2024-11-01T14:03:07Z");
	}

	@Test
	void shouldLeaveOtherFormsToTheDateTimeReader() {
		assertThat(IsoInstants.fromUtcText("2024-11-01 09:03:07.25-05")).isNull();
		assertThat(IsoInstants.fromUtcText("2024-11-01 14:03:07+05:30")).isNull();
		assertThat(IsoInstants.fromUtcText("infinity")).isNull();
		assertThat(IsoInstants.fromUtcText("0044-03-15 12:00:00+00 BC")).isNull();
		assertThat(IsoInstants.fromUtcText("12024-11-01 14:03:07+00")).isNull();
		assertThat(OffsetDateTime.parse("2024-11-01T14:03:07.25Z").toInstant().toString())
			.isEqualTo(IsoInstants.fromUtcText("2024-11-01 14:03:07.25+00"));
	}

}
