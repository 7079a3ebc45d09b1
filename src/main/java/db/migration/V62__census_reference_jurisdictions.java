package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every state, DC, territory and county equivalent as reference data, from the Census
 * Bureau's cartographic boundary files (2017) as packaged in npm us-atlas 3.0.1 and
 * converted by tools/census/convert.mjs into reference/census-jurisdictions.tsv.
 * <p>
 * It lives in the schema's own location (db/migration), not the demo data's, so a
 * production install has it too. It never touches a row that exists: a jurisdiction with
 * the same GEOID (the demo's California, an editor's county) or the same OCD id is kept
 * as it is and not added again; a slug someone already uses gets the GEOID appended. The
 * rows it adds are one revision, with their audit rows, as the demo load's are, so
 * history, exports and as_of see them from the load on. Run again (a repaired schema
 * history), it finds every row there and adds nothing.
 */
public class V62__census_reference_jurisdictions extends BaseJavaMigration {

	static final String DATA = "reference/census-jurisdictions.tsv";

	static final String SOURCE_TITLE = "Cartographic boundary files, 2017 edition (states and counties)";

	static final String SOURCE_PUBLISHER = "U.S. Census Bureau";

	static final String SOURCE_URL = "https://www.census.gov/geographies/mapping-files/time-series/geo/carto-boundary-file.html";

	static final String SOURCE_NOTES = "Vintage 2017 (cb_2017_us_county_5m and cb_2017_us_state_5m), as redistributed "
			+ "in the npm package us-atlas 3.0.1 (ISC licence; the Census data are in the public domain). "
			+ "Names and FIPS GEOIDs of every state, DC, territory and county equivalent; the Census area "
			+ "suffix (County, Parish, Borough, Census Area, city, Municipio) follows the Census name. "
			+ "Loaded as reference data by migration V62; converted by tools/census/convert.mjs.";

	@Override
	public Integer getChecksum() {
		// A changed data file is a changed migration: Flyway's validation then says so.
		CRC32 crc = new CRC32();
		crc.update(data());
		return (int) crc.getValue();
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement sql = connection.createStatement()) {
			sql.execute("""
					create temp table census_reference (
					    geoid text primary key, kind text not null, state_code text not null,
					    name text not null, slug text not null, ocd_id text
					) on commit drop""");
			load(connection);
			// Rows that exist stay as they are: same GEOID, or the same division by its
			// OCD id.
			sql.execute("delete from census_reference r using jurisdiction j where j.geoid = r.geoid");
			sql.execute("delete from census_reference r using jurisdiction j where j.ocd_id = r.ocd_id");
			sql.execute("""
					update census_reference r set slug = r.slug || '-' || r.geoid
					 where exists (select 1 from jurisdiction j where j.slug = r.slug)""");
			long rows = count(sql, "select count(*) from census_reference");
			if (rows == 0) {
				return;
			}
			long source = source(connection);
			long revision = revision(connection, rows);
			sql.execute("create temp table census_added (id bigint primary key) on commit drop");
			// States first, so a county finds its state (the demo's, an editor's or this
			// one).
			sql.execute("""
					with added as (
					    insert into jurisdiction (kind, name, slug, state_code, parent_id, geoid, ocd_id)
					    select r.kind, r.name, r.slug, r.state_code,
					           (select n.id from jurisdiction n where n.kind = 'NATION' order by n.id limit 1),
					           r.geoid, r.ocd_id
					      from census_reference r where length(r.geoid) = 2 order by r.geoid
					    returning id)
					insert into census_added select id from added""");
			sql.execute("""
					with added as (
					    insert into jurisdiction (kind, name, slug, state_code, parent_id, geoid, ocd_id)
					    select r.kind, r.name, r.slug, r.state_code,
					           (select s.id from jurisdiction s where s.geoid = left(r.geoid, 2)),
					           r.geoid, r.ocd_id
					      from census_reference r where length(r.geoid) = 5 order by r.geoid
					    returning id)
					insert into census_added select id from added""");
			try (PreparedStatement audit = connection.prepareStatement("""
					insert into jurisdiction_aud (id, rev, revtype, version, kind, name, slug, state_code, parent_id,
					    geoid, ocd_id, population, population_year, latitude, longitude, summary, status,
					    status_rationale, status_as_of, status_as_of_precision, created_at, updated_at)
					select j.id, ?, 0, j.version, j.kind, j.name, j.slug, j.state_code, j.parent_id, j.geoid,
					       j.ocd_id, j.population, j.population_year, j.latitude, j.longitude, j.summary, j.status,
					       j.status_rationale, j.status_as_of, j.status_as_of_precision, j.created_at, j.updated_at
					  from jurisdiction j join census_added a on a.id = j.id""")) {
				audit.setLong(1, revision);
				audit.executeUpdate();
			}
			try (PreparedStatement audit = connection.prepareStatement("""
					insert into source_aud (id, rev, revtype, version, title, publisher, url, published_on,
					    published_on_precision, accessed_on, archive_url, notes, created_at, updated_at)
					select s.id, ?, 0, s.version, s.title, s.publisher, s.url, s.published_on,
					       s.published_on_precision, s.accessed_on, s.archive_url, s.notes, s.created_at, s.updated_at
					  from source s
					 where s.id = ? and not exists (select 1 from source_aud a where a.id = s.id)""")) {
				audit.setLong(1, revision);
				audit.setLong(2, source);
				audit.executeUpdate();
			}
		}
	}

	private static void load(Connection connection) throws SQLException {
		List<String> lines = new String(data(), StandardCharsets.UTF_8).lines().skip(1).toList();
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into census_reference (geoid, kind, state_code, name, slug, ocd_id) values (?, ?, ?, ?, ?, ?)")) {
			for (String line : lines) {
				String[] f = line.split("\t", -1);
				for (int i = 0; i < 5; i++) {
					insert.setString(i + 1, f[i]);
				}
				insert.setString(6, f[5].isEmpty() ? null : f[5]);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	// The Census source, once: a second run (or an editor who entered it) reuses it.
	private static long source(Connection connection) throws SQLException {
		try (PreparedStatement find = connection
			.prepareStatement("select id from source where url = ? and publisher = ? order by id limit 1")) {
			find.setString(1, SOURCE_URL);
			find.setString(2, SOURCE_PUBLISHER);
			try (ResultSet found = find.executeQuery()) {
				if (found.next()) {
					return found.getLong(1);
				}
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into source (title, publisher, url, published_on, published_on_precision, notes)
				values (?, ?, ?, date '2017-01-01', 'YEAR', ?) returning id""")) {
			insert.setString(1, SOURCE_TITLE);
			insert.setString(2, SOURCE_PUBLISHER);
			insert.setString(3, SOURCE_URL);
			insert.setString(4, SOURCE_NOTES);
			try (ResultSet id = insert.executeQuery()) {
				id.next();
				return id.getLong(1);
			}
		}
	}

	private static long revision(Connection connection, long rows) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into revision (revised_at, username, summary) values (now(), 'system', ?) returning id")) {
			insert.setString(1, "Reference data: " + rows
					+ " states, territories and counties from the U.S. Census Bureau, cartographic boundary files (2017)");
			try (ResultSet id = insert.executeQuery()) {
				id.next();
				return id.getLong(1);
			}
		}
	}

	private static long count(Statement sql, String query) throws SQLException {
		try (ResultSet result = sql.executeQuery(query)) {
			result.next();
			return result.getLong(1);
		}
	}

	static byte[] data() {
		try (InputStream in = V62__census_reference_jurisdictions.class.getClassLoader().getResourceAsStream(DATA)) {
			if (in == null) {
				throw new IllegalStateException("missing " + DATA + " (made by tools/census/convert.mjs)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
