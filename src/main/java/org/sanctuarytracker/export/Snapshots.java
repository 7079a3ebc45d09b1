package org.sanctuarytracker.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.BadRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Resolves the snapshot an export reads: the newest revision, or the newest revision at
 * or before a requested moment. Either way the snapshot is named by the instant of the
 * revision it uses, never by the moment asked for or by "now": a save whose revision is
 * stamped before "now" may still be committing (saves commit in revision order, see
 * history/RevisionOrder), so only an instant the record has reached is certain to resolve
 * to the same revision later.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Snapshots {

	private static final RowMapper<Snapshot> SNAPSHOT = (row, n) -> new Snapshot(row.getLong(1),
			row.getObject(2, OffsetDateTime.class).toInstant());

	private final JdbcTemplate jdbc;

	/** The current data, named by the newest revision's instant. */
	Snapshot latest() {
		List<Snapshot> newest = this.jdbc.query("select id, revised_at from revision order by id desc limit 1",
				SNAPSHOT);
		return newest.isEmpty() ? new Snapshot(0, Instant.now().truncatedTo(ChronoUnit.SECONDS)) : newest.get(0);
	}

	/**
	 * The data as of a moment: the newest revision at or before it. A moment before the
	 * first revision is refused (400) with the instant the record begins at, rather than
	 * answered with empty files that look like "nothing was there".
	 */
	Snapshot asOf(PointInTime moment) {
		if (moment == null) {
			return latest();
		}
		List<Snapshot> found = this.jdbc.query("""
				select id, revised_at from revision
				where id = (select max(id) from revision where revised_at <= ?)""", SNAPSHOT,
				moment.endInclusive().atOffset(ZoneOffset.UTC));
		if (!found.isEmpty()) {
			return found.get(0);
		}
		List<Snapshot> first = this.jdbc.query("select id, revised_at from revision order by id limit 1", SNAPSHOT);
		if (first.isEmpty()) {
			throw new BadRequestException("export.moment.nothingRecorded", "as_of", moment);
		}
		throw new BadRequestException("export.moment.beforeRecord", "as_of", moment, first.get(0).instant(),
				String.valueOf(first.get(0).revision()));
	}

}
