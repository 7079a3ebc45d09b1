package org.sanctuarytracker.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Resolves the snapshot an export reads: the newest revision, or the newest revision at
 * or before a requested moment.
 */
@Component
class Snapshots {

	private final JdbcTemplate jdbc;

	Snapshots(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current data. Its instant is the newest revision's, so asking for that instant
	 * later returns the same bytes.
	 */
	Snapshot latest() {
		List<Snapshot> newest = this.jdbc.query("select id, revised_at from revision order by id desc limit 1",
				(row, n) -> new Snapshot(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant()));
		return newest.isEmpty() ? new Snapshot(0, Instant.now().truncatedTo(ChronoUnit.SECONDS)) : newest.get(0);
	}

	Snapshot asOf(PointInTime moment) {
		if (moment == null) {
			return latest();
		}
		// A day that has not ended yet stands at now: the snapshot it names can be asked
		// for again.
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Instant end = moment.endInclusive().isAfter(now) ? now : moment.endInclusive();
		Long revision = this.jdbc.queryForObject("select coalesce(max(id), 0) from revision where revised_at <= ?",
				Long.class, end.atOffset(ZoneOffset.UTC));
		return new Snapshot(revision,
				(moment.instant() != null && !moment.instant().isAfter(now)) ? moment.instant() : end);
	}

}
