package org.sanctuarytracker.export;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.sanctuarytracker.system.BadRequestException;

/**
 * A moment given as an instant ({@code 2026-11-20T14:03:00Z}) or as a date
 * ({@code 2026-11-20}). For {@code as_of} a date means the end of that day (UTC): "as of
 * yesterday" includes yesterday's edits. For {@code updated_since} it means its start.
 */
public record PointInTime(Instant instant, LocalDate date) {

	/**
	 * Reads a request parameter ({@code as_of}, {@code updated_since}); null when absent,
	 * a 400 when it is not a moment or lies in the future.
	 */
	public static PointInTime parameter(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		PointInTime moment;
		try {
			moment = parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("export.moment.invalid", name, value);
		}
		if (moment.start().isAfter(Instant.now().plusSeconds(60))) {
			throw new BadRequestException("export.moment.future", name, value);
		}
		return moment;
	}

	public static PointInTime parse(String text) {
		String value = text.strip();
		try {
			if (value.length() == 10) {
				return new PointInTime(null, LocalDate.parse(value));
			}
			return new PointInTime(OffsetDateTime.parse(value).toInstant(), null);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("Not a date (YYYY-MM-DD) or an instant (2026-11-20T14:03:00Z): " + text,
					ex);
		}
	}

	/** The last moment included. */
	public Instant endInclusive() {
		return (this.instant != null) ? this.instant
				: this.date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
	}

	/** The first moment after which changes count. */
	public Instant start() {
		return (this.instant != null) ? this.instant : this.date.atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	@Override
	public String toString() {
		return (this.instant != null) ? this.instant.toString() : this.date.toString();
	}

}
