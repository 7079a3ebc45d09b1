package org.sanctuarytracker.history;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which records of a page of changes no longer exist, so that a history page can offer to
 * restore their versions: one query per type of record on the page.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeletedRecords {

	private final NamedParameterJdbcTemplate jdbc;

	/** The deleted ones among the page's records, each as {@link #key}. */
	Set<String> among(List<Change> changes) {
		Map<RecordType, Set<Long>> ids = changes.stream()
			.collect(Collectors.groupingBy(Change::type, Collectors.mapping(Change::recordId, Collectors.toSet())));
		Set<String> deleted = new HashSet<>();
		ids.forEach((type, ofType) -> {
			Set<Long> existing = new HashSet<>(
					this.jdbc.queryForList("select id from " + type.table() + " where id in (:ids)",
							new MapSqlParameterSource("ids", ofType), Long.class));
			ofType.stream().filter((id) -> !existing.contains(id)).forEach((id) -> deleted.add(key(type, id)));
		});
		return deleted;
	}

	/** How the template names a record: its type and id, "STATEMENT-42". */
	static String key(RecordType type, long id) {
		return type.name() + "-" + id;
	}

}
