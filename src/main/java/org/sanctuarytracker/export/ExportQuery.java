package org.sanctuarytracker.export;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL that reads one table at one snapshot with its filters: shared by the CSV writer
 * and the JSON API, so both return the same rows.
 */
record ExportQuery(String sql, MapSqlParameterSource parameters) {

	/**
	 * @param source where the rows are read from ({@link ReadFrom#LIVE} only for the
	 * newest revision)
	 * @param fewRows whether the query returns a few rows (a page, a jurisdiction's or a
	 * person's): their lists are then read row by row through the links' keys rather than
	 * grouped over whole link tables
	 */
	static ExportQuery of(ExportTable table, Snapshot snapshot, ExportFilter filter, ReadFrom source, boolean fewRows) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("rev", snapshot.revision())
			.addValue("today", snapshot.date());
		Conditions where = new Conditions(parameters, source);
		table.filters().accept(filter, where);
		String body = SnapshotSql.select(table.select(), fewRows).formatted(where.where());
		return new ExportQuery(SnapshotSql.with(source, body) + body, parameters);
	}

	/**
	 * The first page, and the first row of the next if there is one (so a reader knows
	 * whether to ask for it). Pages after it are read {@link #after} an id ({@link #idAt}
	 * finds the id a page number starts at).
	 */
	ExportQuery first(int size) {
		MapSqlParameterSource paged = new MapSqlParameterSource(this.parameters.getValues()).addValue("limit",
				size + 1);
		return new ExportQuery(this.sql + " limit :limit", paged);
	}

	/**
	 * The page of rows with an id greater than {@code after} (and one more, as for
	 * {@link #first}): the condition reaches the table's primary key (PostgreSQL pushes
	 * it into the subquery), so any page costs what the first does.
	 */
	ExportQuery after(long after, int size) {
		MapSqlParameterSource paged = new MapSqlParameterSource(this.parameters.getValues()).addValue("limit", size + 1)
			.addValue("after", after);
		return new ExportQuery("select * from (" + this.sql + ") r where r.id > :after order by r.id limit :limit",
				paged);
	}

	/**
	 * The id of the row {@code offset} rows from the start, in id order, or none past the
	 * end. Only ids come back: the skipped rows are neither sent nor turned into JSON,
	 * and the page itself is then read {@link #after} the id before it.
	 */
	ExportQuery idAt(long offset) {
		MapSqlParameterSource at = new MapSqlParameterSource(this.parameters.getValues()).addValue("offset", offset);
		return new ExportQuery("select r.id from (" + this.sql + ") r order by r.id limit 1 offset :offset", at);
	}

	/** The number of rows, counted up to {@code bound} + 1 and no further. */
	ExportQuery countUpTo(long bound) {
		MapSqlParameterSource bounded = new MapSqlParameterSource(this.parameters.getValues()).addValue("bound",
				bound + 1);
		return new ExportQuery("select count(*) from (select 1 from (" + this.sql + ") r limit :bound) rows", bounded);
	}

}
