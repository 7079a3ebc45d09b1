package org.sanctuarytracker.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sanctuarytracker.export.Snapshot;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The tables a search reads: today's, or the record as it stood at a snapshot's revision
 * {@code :rev}, the rows the exports of that moment hold (the audit rows in force at
 * :rev, migration V70). A query names each table one of two ways:
 * <ul>
 * <li>{@code {found:statement}} where its conditions find rows through the live tables'
 * trigram and full-text indexes;
 * <li>{@code {statement}} where it reads rows it already found, by key.
 * </ul>
 * Today both are the table itself. In the past, the history has none of the indexes
 * search needs, and a million audited statements cannot be searched row by row, so a
 * table to find rows in is two parts: the live rows unchanged since :rev (their newest
 * audit row is at or before it), through the live indexes like today's, and the audit
 * rows in force at :rev that a later revision superseded (found from their end, migration
 * V86's indexes), their names and words computed as the live table's generated columns
 * compute them. The first holds nearly every record, the second only what changed after
 * the snapshot; a {@code union all} the planner pushes the query's conditions into, so
 * both keep their indexes. Rows read by key come from the audit rows in force at :rev: a
 * filter the planner joins through the audit tables' keys, where a join into the union
 * would compute it whole.
 * <p>
 * A statement's date ({@code said_on}) is its source's when it has none of its own, so an
 * undated statement whose source changed after :rev is found with its date of then.
 */
final class SearchTables {

	private static final Pattern TABLE = Pattern.compile("\\{(found:)?(\\w+)}");

	/**
	 * A table's columns as search reads them: from the live row {@code t}, and from the
	 * audit row {@code a} (and its joins) where the live table generates them.
	 */
	private record Table(String name, String columns, String audited, String auditJoins) {

		Table(String name, String columns, String audited) {
			this(name, columns, audited, "");
		}

		/** The live rows unchanged since :rev, and the audit rows changed after it. */
		List<String> parts() {
			return List.of(
					"select " + live(this.columns) + " from " + this.name + " t where " + unchangedSinceRev(this.name),
					"select " + this.audited + " from " + this.name + "_aud a " + this.auditJoins + " where "
							+ SUPERSEDED);
		}

		/** The audit rows in force at :rev. */
		String read() {
			return "(select " + this.audited + " from " + this.name + "_aud a " + this.auditJoins + " where "
					+ IN_FORCE.formatted("a") + " and a.revtype <> 2)";
		}

	}

	/** Audit row %s is the record's state at :rev. */
	private static final String IN_FORCE = "%1$s.rev <= :rev and (%1$s.revend is null or %1$s.revend > :rev)";

	/**
	 * An audit row {@code a} in force at :rev that a later revision replaced or deleted.
	 */
	private static final String SUPERSEDED = "a.revend > :rev and a.rev <= :rev and a.revtype <> 2";

	/**
	 * The live row {@code t}'s newest audit row is at or before :rev. A scalar subquery,
	 * not {@code exists}: the planner would make that a join, and a branch of a union
	 * that is a join is planned on its own, unordered and whole, where a branch that is
	 * one table with conditions is planned into the query, walking the index its order or
	 * its join needs and stopping at its limit.
	 */
	private static String unchangedSinceRev(String table) {
		return "(select c.rev from " + table + "_aud c where c.id = t.id and c.revend is null) <= :rev";
	}

	/** "id, name" as "t.id, t.name". */
	private static String live(String columns) {
		return "t." + columns.replace(", ", ", t.");
	}

	private static final Table JURISDICTION = new Table("jurisdiction",
			"id, slug, name, kind, state_code, status, population, geoid, search_key",
			"a.id, a.slug, a.name, a.kind, a.state_code, a.status, a.population, a.geoid, search_name(a.name) as search_key");

	private static final Table PERSON = new Table("person",
			"id, slug, name, current_title, jurisdiction_id, organization, search_key",
			"a.id, a.slug, a.name, a.current_title, a.jurisdiction_id, a.organization, search_name(a.name) as search_key");

	private static final Table POLICY = new Table("policy", "id, title, summary, status, jurisdiction_id",
			"a.id, a.title, a.summary, a.status, a.jurisdiction_id");

	private static final Table SOURCE = new Table("source",
			"id, title, publisher, published_on, published_on_precision",
			"a.id, a.title, a.publisher, a.published_on, a.published_on_precision");

	private static final String STATEMENT_COLUMNS = "id, person_id, speaker_title, jurisdiction_id, stated_on, kind,"
			+ " stance, quote, context, source_id";

	// An audited statement's date and words, as the live table's trigger and generated
	// column make them: its date, else its source's as it stood at :rev.
	private static final Table STATEMENT = new Table("statement",
			STATEMENT_COLUMNS + ", said_on, said_on_precision, search_vector",
			"a." + STATEMENT_COLUMNS.replace(", ", ", a.") + ", coalesce(a.stated_on, src.published_on) as said_on,"
					+ " case when a.stated_on is not null then a.stated_on_precision else src.published_on_precision end"
					+ " as said_on_precision, setweight(to_tsvector('english', a.quote), 'A')"
					+ " || setweight(to_tsvector('english', coalesce(a.context, '')), 'B') as search_vector",
			"join source_aud src on src.id = a.source_id and " + IN_FORCE.formatted("src"));

	/**
	 * Statements to find in: those unchanged since :rev, less the undated ones whose
	 * source changed after it, which are found with their source's date of then.
	 */
	private static final List<String> STATEMENT_PARTS = List.of("""
			select %s from statement t
			where %s and (t.stated_on is not null
			      or not exists (select 1 from source_aud c where c.id = t.source_id and c.rev > :rev))"""
		.formatted(live(STATEMENT.columns()), unchangedSinceRev("statement")), """
				select %s, src.published_on as said_on, src.published_on_precision as said_on_precision,
				       t.search_vector from statement t
				join source_aud src on src.id = t.source_id and src.revend > :rev and src.rev <= :rev
				where t.stated_on is null and %s""".formatted(live(STATEMENT_COLUMNS), unchangedSinceRev("statement")),
			STATEMENT.parts().get(1));

	private static final Map<String, List<String>> PARTS = Map.of("jurisdiction", JURISDICTION.parts(), "person",
			PERSON.parts(), "policy", POLICY.parts(), "source", SOURCE.parts(), "statement", STATEMENT_PARTS);

	private static final Map<String, String> READ = Map.of("jurisdiction", JURISDICTION.read(), "person", PERSON.read(),
			"policy", POLICY.read(), "source", SOURCE.read(), "statement", STATEMENT.read());

	private SearchTables() {
	}

	/**
	 * The query over today's tables when {@code snapshot} is null, else over the record
	 * as it stood at the snapshot; {@link #parameters} gives it its {@code :rev}.
	 */
	static String sql(String template, Snapshot snapshot) {
		return EXPANDED.computeIfAbsent(new Template(template, snapshot != null),
				(key) -> expand(key.sql(), key.past()));
	}

	/** The query's parameters, and the snapshot's revision when there is one. */
	static MapSqlParameterSource parameters(MapSqlParameterSource parameters, Snapshot snapshot) {
		return (snapshot != null) ? parameters.addValue("rev", snapshot.revision()) : parameters;
	}

	private record Template(String sql, boolean past) {
	}

	// A few templates, each expanded once: the queries are constants, or one of two.
	private static final Map<Template, String> EXPANDED = new ConcurrentHashMap<>();

	/**
	 * A query for the first rows a table's conditions find in an order, {@code select …
	 * from {found:statement} s where … order by … limit …}: as written today; in the
	 * past, the same query over each part of the table, merged in the same order and
	 * limit. A part that is a branch of a union is planned on its own, without the
	 * query's order, and would sort every row its conditions find; a part that is its own
	 * query walks the index its order needs and stops at its limit.
	 */
	static String first(String select, Snapshot snapshot) {
		Matcher found = FIRST.matcher(select);
		int order = select.lastIndexOf(" order by ");
		if (!found.find() || order < 0) {
			throw new IllegalArgumentException("Not a query for the first rows found: " + select);
		}
		if (snapshot == null) {
			return select;
		}
		String alias = found.group(2);
		String perPart = parts(found.group(1)).stream()
			.map((part) -> "(" + select.substring(0, found.start()) + "(" + part + ") " + alias
					+ select.substring(found.end()) + ")")
			.collect(Collectors.joining(" union all "));
		return "select " + alias + ".* from (" + perPart + ") " + alias + select.substring(order);
	}

	private static final Pattern FIRST = Pattern.compile("\\{found:(\\w+)} (\\w+)\\b");

	private static List<String> parts(String table) {
		List<String> parts = PARTS.get(table);
		if (parts == null) {
			throw new IllegalArgumentException("Search reads no table " + table);
		}
		return parts;
	}

	private static String expand(String sql, boolean past) {
		Matcher table = TABLE.matcher(sql);
		StringBuilder expanded = new StringBuilder();
		while (table.find()) {
			String name = table.group(2);
			String replacement = name;
			if (past) {
				replacement = (table.group(1) != null) ? "(" + String.join(" union all ", parts(name)) + ")"
						: READ.get(name);
			}
			if (!PARTS.containsKey(name)) {
				throw new IllegalArgumentException("Search reads no table " + name);
			}
			table.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
		}
		table.appendTail(expanded);
		return expanded.toString();
	}

}
