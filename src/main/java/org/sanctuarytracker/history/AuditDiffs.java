package org.sanctuarytracker.history;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
class AuditDiffs {

	/** A column that refers to another record, shown by that record's newest name. */
	private record Reference(String column, String field, String auditTable, String labelColumn) {
	}

	/**
	 * A set held in a link table (citations, provisions), shown as its sorted members.
	 */
	private record Members(String field, String auditTable, String ownerColumn, String memberColumn, Reference labels) {
	}

	private record Shape(String auditTable, List<Reference> references, List<Members> members) {
	}

	private static final Reference JURISDICTION = new Reference("jurisdiction_id", "jurisdiction", "jurisdiction_aud",
			"name");

	private static final Reference SOURCE = new Reference("source_id", "source", "source_aud", "title");

	private static final Map<RecordType, Shape> SHAPES = Map.of(RecordType.JURISDICTION, new Shape("jurisdiction_aud",
			List.of(new Reference("parent_id", "parent", "jurisdiction_aud", "name")),
			List.of(new Members("statusSources", "jurisdiction_citation_aud", "jurisdiction_id", "source_id", SOURCE))),
			RecordType.POLICY,
			new Shape("policy_aud", List.of(JURISDICTION),
					List.of(new Members("provisions", "policy_provision_aud", "policy_id", "provision", null),
							new Members("sources", "policy_citation_aud", "policy_id", "source_id", SOURCE))),
			RecordType.STATEMENT,
			new Shape("statement_aud",
					List.of(new Reference("person_id", "person", "person_aud", "name"), JURISDICTION, SOURCE),
					List.of()),
			RecordType.FUNDING,
			new Shape("funding_exposure_aud", List.of(JURISDICTION),
					List.of(new Members("sources", "funding_exposure_citation_aud", "funding_exposure_id", "source_id",
							SOURCE))),
			RecordType.INDICATOR,
			new Shape("indicator_aud", List.of(JURISDICTION),
					List.of(new Members("sources", "indicator_citation_aud", "indicator_id", "source_id", SOURCE))),
			RecordType.DESIGNATION,
			new Shape("designation_aud", List.of(JURISDICTION),
					List.of(new Members("sources", "designation_citation_aud", "designation_id", "source_id", SOURCE))),
			RecordType.PERSON, new Shape("person_aud", List.of(JURISDICTION), List.of()), RecordType.SOURCE,
			new Shape("source_aud", List.of(), List.of()));

	private static final Set<String> SKIPPED = Set.of("id", "rev", "revtype", "created_at", "updated_at");

	private final NamedParameterJdbcTemplate jdbc;

	AuditDiffs(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Change> withFields(List<Change> changes) {
		Map<RecordType, List<Change>> byType = changes.stream()
			.collect(Collectors.groupingBy(Change::type, LinkedHashMap::new, Collectors.toList()));
		Map<Change, List<Change.FieldChange>> fields = new HashMap<>();
		byType.forEach((type, ofType) -> fields.putAll(diffs(SHAPES.get(type), ofType)));
		return changes.stream().map((change) -> change.withFields(fields.getOrDefault(change, List.of()))).toList();
	}

	private Map<Change, List<Change.FieldChange>> diffs(Shape shape, List<Change> changes) {
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
		for (Members members : shape.members()) {
			memberHistory.put(members.field(), memberRows(members, parameters));
			if (members.labels() != null) {
				labels.put(members.field(), memberLabels(members, memberHistory.get(members.field())));
			}
		}
		Map<Change, List<Change.FieldChange>> diffs = new HashMap<>();
		for (Change change : changes) {
			List<Map<String, Object>> rows = versions.getOrDefault(change.recordId(), List.of());
			int index = indexOf(rows, change.revision());
			if (index < 0) {
				continue;
			}
			long previousRevision = (index > 0) ? revision(rows.get(index - 1)) : -1;
			Map<String, String> before = (index > 0)
					? display(shape, rows.get(index - 1), previousRevision, labels, memberHistory) : Map.of();
			Map<String, String> after = (change.kind() == 2) ? Map.of()
					: display(shape, rows.get(index), change.revision(), labels, memberHistory);
			diffs.put(change, Snapshots.diff(before, after));
		}
		return diffs;
	}

	/** A version's fields as the history shows them, keyed like the entity's fields. */
	private static Map<String, String> display(Shape shape, Map<String, Object> row, long revision,
			Map<String, Map<Long, String>> labels, Map<String, Map<Long, List<Map<String, Object>>>> memberHistory) {
		Map<String, String> values = new LinkedHashMap<>();
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
			if (reference != null) {
				Object id = column.getValue();
				values.put(reference.field(), (id == null) ? ""
						: labels.get(reference.field()).getOrDefault(((Number) id).longValue(), "#" + id));
			}
			else if (row.containsKey(name + "_precision")) {
				values.put(camelCase(name), partialDate(column.getValue(), row.get(name + "_precision")));
			}
			else {
				values.put(camelCase(name), plain(column.getValue()));
			}
		}
		long id = ((Number) row.get("id")).longValue();
		for (Members members : shape.members()) {
			Set<String> current = new TreeSet<>();
			for (Map<String, Object> link : memberHistory.get(members.field()).getOrDefault(id, List.of())) {
				if (revision(link) > revision) {
					break;
				}
				Object member = link.get(members.memberColumn());
				String shown = (members.labels() != null)
						? labels.get(members.field()).getOrDefault(((Number) member).longValue(), "#" + member)
						: String.valueOf(member);
				if (((Number) link.get("revtype")).intValue() == 2) {
					current.remove(shown);
				}
				else {
					current.add(shown);
				}
			}
			values.put(members.field(), String.join("; ", current));
		}
		return values;
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
			labels.put(reference.field(), names(reference, ids));
		}
		return labels;
	}

	private Map<Long, List<Map<String, Object>>> memberRows(Members members, MapSqlParameterSource parameters) {
		Map<Long, List<Map<String, Object>>> rows = new HashMap<>();
		for (Map<String, Object> row : this.jdbc.queryForList("select * from " + members.auditTable() + " where "
				+ members.ownerColumn() + " in (:ids) and rev <= :rev order by rev", parameters)) {
			rows.computeIfAbsent(((Number) row.get(members.ownerColumn())).longValue(), (id) -> new ArrayList<>())
				.add(row);
		}
		return rows;
	}

	private Map<Long, String> memberLabels(Members members, Map<Long, List<Map<String, Object>>> rows) {
		Set<Long> ids = new TreeSet<>();
		rows.values()
			.forEach((links) -> links
				.forEach((link) -> ids.add(((Number) link.get(members.memberColumn())).longValue())));
		return names(members.labels(), ids);
	}

	/** The newest name each referenced record had (a deleted record's last one). */
	private Map<Long, String> names(Reference reference, Set<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.query(
				"select distinct on (id) id, " + reference.labelColumn() + " as label from " + reference.auditTable()
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

	private static String partialDate(Object date, Object precision) {
		if (date == null) {
			return "";
		}
		String iso = (date instanceof Date sql) ? sql.toLocalDate().toString() : date.toString();
		return switch (String.valueOf(precision)) {
			case "MONTH" -> iso.substring(0, 7);
			case "YEAR" -> iso.substring(0, 4);
			default -> iso;
		};
	}

	private static String plain(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		return value.toString();
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
