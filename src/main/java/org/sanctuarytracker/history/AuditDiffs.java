package org.sanctuarytracker.history;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.history.RecordType.Link;
import org.sanctuarytracker.history.RecordType.Reference;
import org.sanctuarytracker.system.DatePrecision;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes the field-by-field differences of a page of changes straight from the audit
 * tables, a few queries per kind of record on the page (never per change): each record's
 * versions, the versions of its citations and provisions, and the names of the records it
 * refers to.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditDiffs {

	/**
	 * A record type's audit table, its references (each shown by the referenced record's
	 * newest name) and its sets (each shown as its sorted members), from RecordType.
	 */
	private record Shape(String auditTable, List<Reference> references, List<Link> members) {

		static Shape of(RecordType type) {
			return new Shape(type.auditTable(), type.references(), type.links());
		}

	}

	/**
	 * A field of one version as the history shows it: its text, and for a set its
	 * members; prose is compared word by word.
	 */
	private record Shown(String text, List<String> members, boolean prose) {

		static Shown set(List<String> members) {
			return new Shown(String.join("; ", members), members, false);
		}

	}

	private static final Map<RecordType, Shape> SHAPES = Arrays.stream(RecordType.values())
		.collect(Collectors.toMap(Function.identity(), Shape::of));

	private static final Set<String> SKIPPED = Set.of("id", "rev", "revtype", "version", "created_at", "updated_at");

	private final NamedParameterJdbcTemplate jdbc;

	private final FieldValues values;

	List<Change> withFields(List<Change> changes) {
		Map<RecordType, List<Change>> byType = changes.stream()
			.collect(Collectors.groupingBy(Change::type, LinkedHashMap::new, Collectors.toList()));
		Map<Change, List<Change.FieldChange>> fields = new HashMap<>();
		byType.forEach((type, ofType) -> fields.putAll(diffs(type, SHAPES.get(type), ofType)));
		return changes.stream().map((change) -> change.withFields(fields.getOrDefault(change, List.of()))).toList();
	}

	private Map<Change, List<Change.FieldChange>> diffs(RecordType type, Shape shape, List<Change> changes) {
		List<Long> ids = changes.stream().map(Change::recordId).distinct().toList();
		long maxRevision = changes.stream().mapToLong(Change::revision).max().orElse(0);
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("ids", ids)
			.addValue("rev", maxRevision);
		Map<Long, List<Map<String, Object>>> versions = new HashMap<>();
		for (Map<String, Object> row : this.jdbc.queryForList(
				"select * from " + shape.auditTable() + " where id in (:ids) and rev <= :rev order by id, rev",
				parameters)) {
			versions.computeIfAbsent(((Number) row.get("id")).longValue(), (id) -> new ArrayList<>()).add(row);
		}
		Map<String, Map<Long, String>> labels = labels(shape, versions, parameters);
		Map<String, Map<Long, List<Map<String, Object>>>> memberHistory = new HashMap<>();
		for (Link members : shape.members()) {
			memberHistory.put(members.field(), memberRows(members, parameters));
			if (members.member() != null) {
				labels.put(members.field(), memberLabels(members, memberHistory.get(members.field())));
			}
		}
		Terms terms = (type == RecordType.PERSON) ? terms(parameters) : Terms.NONE;
		Map<Change, List<Change.FieldChange>> diffs = new HashMap<>();
		for (Change change : changes) {
			List<Map<String, Object>> rows = versions.getOrDefault(change.recordId(), List.of());
			int index = indexOf(rows, change.revision());
			if (index < 0) {
				continue;
			}
			long previousRevision = (index > 0) ? revision(rows.get(index - 1)) : -1;
			Map<String, Shown> before = (index > 0)
					? display(type, shape, rows.get(index - 1), previousRevision, labels, memberHistory, terms)
					: Map.of();
			Map<String, Shown> after = (change.kind() == 2) ? Map.of()
					: display(type, shape, rows.get(index), change.revision(), labels, memberHistory, terms);
			diffs.put(change, compare(before, after));
		}
		return diffs;
	}

	/** The fields whose shown value differs, with what was removed and added marked. */
	private static List<Change.FieldChange> compare(Map<String, Shown> before, Map<String, Shown> after) {
		List<Change.FieldChange> changes = new ArrayList<>();
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		for (String field : fields) {
			Shown old = before.get(field);
			Shown now = after.get(field);
			String oldText = (old != null) ? old.text() : "";
			String newText = (now != null) ? now.text() : "";
			if (oldText.equals(newText)) {
				continue;
			}
			Shown kind = (now != null) ? now : old;
			Differences.Pair pair;
			if (kind.members() != null) {
				pair = Differences.members((old != null) ? old.members() : List.of(),
						(now != null) ? now.members() : List.of());
			}
			else if (kind.prose()) {
				pair = Differences.words(oldText, newText);
			}
			else {
				pair = Differences.whole(oldText, newText);
			}
			changes.add(new Change.FieldChange(field, pair.before(), pair.after()));
		}
		return changes;
	}

	/** A version's fields as the pages show them, keyed like the entity's fields. */
	private Map<String, Shown> display(RecordType type, Shape shape, Map<String, Object> row, long revision,
			Map<String, Map<Long, String>> labels, Map<String, Map<Long, List<Map<String, Object>>>> memberHistory,
			Terms terms) {
		Map<String, Shown> values = new LinkedHashMap<>();
		for (Map.Entry<String, Object> column : row.entrySet()) {
			String name = column.getKey();
			if (SKIPPED.contains(name) || name.endsWith("_precision")) {
				continue;
			}
			Reference reference = shape.references()
				.stream()
				.filter((r) -> r.column().equals(name))
				.findFirst()
				.orElse(null);
			Object value = column.getValue();
			if (reference != null) {
				values.put(reference.field(),
						new Shown((value == null) ? ""
								: labels.get(reference.field()).getOrDefault(((Number) value).longValue(), "#" + value),
								null, false));
				continue;
			}
			String field = camelCase(name);
			if (row.containsKey(name + "_precision")) {
				values.put(field, new Shown(
						this.values.show(type, field, partialDate(value, row.get(name + "_precision"))), null, false));
			}
			else if (type == RecordType.INDICATOR && field.equals("value")) {
				values.put(field, new Shown(this.values.figure(value, (String) row.get("metric")), null, false));
			}
			else {
				values.put(field, new Shown(this.values.show(type, field, plain(value)), null,
						value instanceof String && this.values.isProse(type, field)));
			}
		}
		long id = ((Number) row.get("id")).longValue();
		for (Link members : shape.members()) {
			Set<String> current = new TreeSet<>();
			for (Map<String, Object> link : memberHistory.get(members.field()).getOrDefault(id, List.of())) {
				if (revision(link) > revision) {
					break;
				}
				Object member = link.get(members.memberColumn());
				String shown = (members.member() != null)
						? labels.get(members.field()).getOrDefault(((Number) member).longValue(), "#" + member)
						: this.values.code(type, members.field(), String.valueOf(member));
				if (((Number) link.get("revtype")).intValue() == 2) {
					current.remove(shown);
				}
				else {
					current.add(shown);
				}
			}
			values.put(members.field(), Shown.set(List.copyOf(current)));
		}
		if (type == RecordType.PERSON) {
			values.put("terms", Shown.set(terms.at(id, revision)));
		}
		return values;
	}

	/**
	 * The audited rows of the terms of the people on a page, with the names of the places
	 * and sources they refer to: three queries for the page, whatever its length.
	 */
	private Terms terms(MapSqlParameterSource parameters) {
		Map<Long, List<Map<String, Object>>> rows = new HashMap<>();
		Set<Long> places = new TreeSet<>();
		Set<Long> sources = new TreeSet<>();
		// Envers keeps a deleted term's data (store_data_at_delete), so its person is
		// known.
		for (Map<String, Object> row : this.jdbc.queryForList(
				"select * from person_term_aud where person_id in (:ids) and rev <= :rev order by rev, id",
				parameters)) {
			rows.computeIfAbsent(((Number) row.get("person_id")).longValue(), (id) -> new ArrayList<>()).add(row);
			if (row.get("jurisdiction_id") != null) {
				places.add(((Number) row.get("jurisdiction_id")).longValue());
			}
			if (row.get("source_id") != null) {
				sources.add(((Number) row.get("source_id")).longValue());
			}
		}
		Map<Long, String> sourceTitles = new HashMap<>();
		Map<Long, Object> reportedOn = new HashMap<>();
		if (!sources.isEmpty()) {
			this.jdbc.query(
					"select distinct on (id) id, title, published_on, published_on_precision from source_aud"
							+ " where id in (:ids) order by id, rev desc",
					new MapSqlParameterSource("ids", sources), (RowCallbackHandler) (row) -> {
						sourceTitles.put(row.getLong("id"), row.getString("title"));
						reportedOn.put(row.getLong("id"),
								partialDate(row.getObject("published_on"), row.getObject("published_on_precision")));
					});
		}
		return new Terms(this.values, rows, names(RecordType.JURISDICTION, places), sourceTitles, reportedOn);
	}

	/** Each person's terms as of a revision, in words. */
	private static final class Terms {

		// Records other than people have none; never asked.
		static final Terms NONE = new Terms(null, Map.of(), Map.of(), Map.of(), Map.of());

		private final FieldValues values;

		private final Map<Long, List<Map<String, Object>>> rows;

		private final Map<Long, String> places;

		private final Map<Long, String> sources;

		private final Map<Long, Object> reportedOn;

		Terms(FieldValues values, Map<Long, List<Map<String, Object>>> rows, Map<Long, String> places,
				Map<Long, String> sources, Map<Long, Object> reportedOn) {
			this.values = values;
			this.rows = rows;
			this.places = places;
			this.sources = sources;
			this.reportedOn = reportedOn;
		}

		/** The person's terms at that revision, in the order they were entered. */
		List<String> at(long person, long revision) {
			Map<Long, Map<String, Object>> current = new TreeMap<>();
			for (Map<String, Object> row : this.rows.getOrDefault(person, List.of())) {
				if (revision(row) > revision) {
					break;
				}
				long term = ((Number) row.get("id")).longValue();
				if (((Number) row.get("revtype")).intValue() == 2) {
					current.remove(term);
				}
				else {
					current.put(term, row);
				}
			}
			return current.values().stream().map(this::words).toList();
		}

		private String words(Map<String, Object> row) {
			Long place = id(row.get("jurisdiction_id"));
			Long source = id(row.get("source_id"));
			return this.values.term((String) row.get("title"),
					(place != null) ? this.places.getOrDefault(place, "#" + place) : null,
					partialDate(row.get("held_from"), row.get("held_from_precision")),
					partialDate(row.get("held_to"), row.get("held_to_precision")),
					(source != null) ? this.reportedOn.get(source) : null,
					(source != null) ? this.sources.getOrDefault(source, "#" + source) : null);
		}

		private static Long id(Object value) {
			return (value != null) ? ((Number) value).longValue() : null;
		}

	}

	private Map<String, Map<Long, String>> labels(Shape shape, Map<Long, List<Map<String, Object>>> versions,
			MapSqlParameterSource parameters) {
		Map<String, Map<Long, String>> labels = new HashMap<>();
		for (Reference reference : shape.references()) {
			Set<Long> ids = new TreeSet<>();
			versions.values()
				.forEach((rows) -> rows.stream()
					.map((row) -> row.get(reference.column()))
					.filter((id) -> id != null)
					.forEach((id) -> ids.add(((Number) id).longValue())));
			labels.put(reference.field(), names(reference.target(), ids));
		}
		return labels;
	}

	private Map<Long, List<Map<String, Object>>> memberRows(Link members, MapSqlParameterSource parameters) {
		Map<Long, List<Map<String, Object>>> rows = new HashMap<>();
		for (Map<String, Object> row : this.jdbc.queryForList("select * from " + members.auditTable() + " where "
				+ members.ownerColumn() + " in (:ids) and rev <= :rev order by rev", parameters)) {
			rows.computeIfAbsent(((Number) row.get(members.ownerColumn())).longValue(), (id) -> new ArrayList<>())
				.add(row);
		}
		return rows;
	}

	private Map<Long, String> memberLabels(Link members, Map<Long, List<Map<String, Object>>> rows) {
		Set<Long> ids = new TreeSet<>();
		rows.values()
			.forEach((links) -> links
				.forEach((link) -> ids.add(((Number) link.get(members.memberColumn())).longValue())));
		return names(members.member(), ids);
	}

	/** The newest name each referenced record had (a deleted record's last one). */
	private Map<Long, String> names(RecordType type, Set<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.query(
				"select distinct on (id) id, " + type.labelColumn() + " as label from " + type.auditTable()
						+ " where id in (:ids) order by id, rev desc",
				new MapSqlParameterSource("ids", ids),
				(RowCallbackHandler) (row) -> names.put(row.getLong("id"), row.getString("label")));
		return names;
	}

	private static int indexOf(List<Map<String, Object>> rows, long revision) {
		for (int i = 0; i < rows.size(); i++) {
			if (revision(rows.get(i)) == revision) {
				return i;
			}
		}
		return -1;
	}

	private static long revision(Map<String, Object> row) {
		return ((Number) row.get("rev")).longValue();
	}

	/**
	 * A stored date with its precision; a row that breaks the pairing the database checks
	 * is shown as stored rather than failing the page.
	 */
	private static Object partialDate(Object date, Object precision) {
		if (date == null) {
			return null;
		}
		LocalDate day = (date instanceof Date sql) ? sql.toLocalDate() : LocalDate.parse(date.toString());
		try {
			return new PartialDate(day, DatePrecision.valueOf(String.valueOf(precision)));
		}
		catch (IllegalArgumentException ex) {
			return day.toString();
		}
	}

	/** A column's value in Java's terms: a SQL date as a date. */
	private static Object plain(Object value) {
		return (value instanceof Date sql) ? sql.toLocalDate() : value;
	}

	private static String camelCase(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

}
