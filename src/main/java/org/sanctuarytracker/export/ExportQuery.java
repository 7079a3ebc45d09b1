package org.sanctuarytracker.export;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL that reads one table at one snapshot with its filters: shared by the CSV writer
 * and the JSON API, so both return the same rows.
 */
record ExportQuery(String sql, MapSqlParameterSource parameters) {

	static ExportQuery of(ExportTable table, Snapshot snapshot, ExportFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("rev", snapshot.revision())
			.addValue("today", snapshot.date());
		Conditions where = new Conditions(parameters);
		table.filters().accept(filter, where);
		return new ExportQuery(Tables.SNAPSHOT + table.select().formatted(where.where()), parameters);
	}

	ExportQuery page(int page, int size) {
		MapSqlParameterSource paged = new MapSqlParameterSource(this.parameters.getValues()).addValue("limit", size)
			.addValue("offset", (long) (page - 1) * size);
		return new ExportQuery(this.sql + " limit :limit offset :offset", paged);
	}

	ExportQuery count() {
		return new ExportQuery("select count(*) from (" + this.sql + ") rows", this.parameters);
	}

}
