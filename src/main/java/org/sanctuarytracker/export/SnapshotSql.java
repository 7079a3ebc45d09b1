package org.sanctuarytracker.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sanctuarytracker.history.RecordType;

/**
 * The common table expressions every export query reads its tables through, named the
 * same whatever the source: {@code jur}, {@code stm}, ... for the records,
 * {@code pol_cit} ... for the links, {@code pol_cit_list} ... for a record's links as one
 * semicolon-separated cell. From the live tables they are plain views the planner
 * inlines, so filters, joins and {@code order by id} use the tables' indexes. From the
 * history they are the audit rows in force at :rev, unless that row is a deletion: also
 * inlined, and served by the audit tables' indexes.
 */
final class SnapshotSql {

	private record Entity(String cte, String table) {
	}

	private record Link(String cte, String table) {
	}

	private record LinkList(String cte, String link, String key, String column, String aggregate) {
	}

	// Every name below is derived from the registry of record types (history/RecordType):
	// each record's table, the tables of rows it owns (a person's terms), its link
	// tables, and each link table's members as one cell of the owner's row.
	private static final List<Entity> ENTITIES = Stream
		.concat(Arrays.stream(RecordType.values()).map((type) -> new Entity(type.shortName(), type.table())),
				Arrays.stream(RecordType.values())
					.flatMap((type) -> type.owned().stream())
					.filter((owned) -> isNotALink(owned.table()))
					.map((owned) -> new Entity(owned.shortName(), owned.table())))
		.toList();

	private static final List<Link> LINKS = Arrays.stream(RecordType.values())
		.flatMap((type) -> type.links().stream())
		.map((link) -> new Link(link.shortName(), link.table()))
		.toList();

	private static final List<LinkList> LISTS = Arrays.stream(RecordType.values())
		.flatMap((type) -> type.links().stream())
		.map((link) -> new LinkList(link.shortName() + "_list", link.shortName(), link.ownerColumn(), link.listColumn(),
				link.aggregate()))
		.toList();

	private static boolean isNotALink(String table) {
		return Arrays.stream(RecordType.values())
			.flatMap((type) -> type.links().stream())
			.noneMatch((link) -> link.table().equals(table));
	}

	/** Where a table's SELECT joins a list: {@code {pol_cit_list pc po.id}}. */
	private static final Pattern LIST_JOIN = Pattern.compile("\\{(\\w+_list) (\\w+) ([\\w.]+)\\}");

	private SnapshotSql() {
	}

	/** The WITH clause for a source: the CTEs the query names. */
	static String with(ReadFrom source, String body) {
		// Only the CTEs the query names: PostgreSQL would skip the others, but only after
		// parsing and analysing them, on every execution that plans.
		List<String> names = new ArrayList<>();
		for (LinkList list : LISTS) {
			if (names(body, list.cte())) {
				names.add(list.cte());
				names.add(list.link());
			}
		}
		List<String> ctes = new ArrayList<>();
		for (Entity entity : ENTITIES) {
			if (!names.contains(entity.cte()) && !names(body, entity.cte())) {
				continue;
			}
			ctes.add((source == ReadFrom.LIVE) ? live(entity.cte(), entity.table())
					: history(entity.cte(), entity.table(), "revtype <> 2"));
		}
		for (Link link : LINKS) {
			if (!names.contains(link.cte()) && !names(body, link.cte())) {
				continue;
			}
			ctes.add((source == ReadFrom.LIVE) ? live(link.cte(), link.table())
					: history(link.cte(), link.table(), "revtype = 0"));
		}
		for (LinkList list : LISTS) {
			if (!names.contains(list.cte())) {
				continue;
			}
			ctes.add(list.cte() + " as (select " + list.key() + ", " + list.aggregate() + " as " + list.column()
					+ " from " + list.link() + " group by " + list.key() + ")");
		}
		return ctes.isEmpty() ? "" : "with\n" + String.join(",\n", ctes) + "\n";
	}

	private static boolean names(String sql, String cte) {
		return Pattern.compile("\\b" + cte + "\\b").matcher(sql).find();
	}

	/**
	 * A table's SELECT with its list joins written out: as joins to the grouped lists
	 * (one pass over each link table, in key order: right for whole tables), or, when
	 * {@code perRow}, as a lateral aggregate over each row's own links, which the link
	 * tables' keys answer directly, live or audit (right for a few rows: a page, a
	 * jurisdiction).
	 */
	static String select(String template, boolean perRow) {
		Matcher join = LIST_JOIN.matcher(template);
		StringBuilder sql = new StringBuilder();
		while (join.find()) {
			LinkList list = LISTS.stream()
				.filter((candidate) -> candidate.cte().equals(join.group(1)))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No such list: " + join.group(1)));
			String alias = join.group(2);
			String id = join.group(3);
			String expanded = perRow
					? "left join lateral (select " + list.aggregate() + " as " + list.column() + " from " + list.link()
							+ " where " + list.link() + "." + list.key() + " = " + id + ") " + alias + " on true"
					: "left join " + list.cte() + " " + alias + " on " + alias + "." + list.key() + " = " + id;
			join.appendReplacement(sql, Matcher.quoteReplacement(expanded));
		}
		join.appendTail(sql);
		return sql.toString();
	}

	// "Not materialized" even where a query names the CTE twice (a jurisdiction and its
	// parent), so that each reference is planned against the table and its indexes.
	private static String live(String cte, String table) {
		return cte + " as not materialized (select * from " + table + ")";
	}

	/**
	 * The audit rows in force at :rev (each row's revend is the revision of the key's
	 * next audit row, migration V70): a filter, so, like a live table, it is planned into
	 * the query's joins, filters and order by the audit tables' indexes.
	 */
	private static String history(String cte, String table, String present) {
		return cte + " as not materialized (select * from " + table + "_aud where rev <= :rev"
				+ " and (revend is null or revend > :rev) and " + present + ")";
	}

}
