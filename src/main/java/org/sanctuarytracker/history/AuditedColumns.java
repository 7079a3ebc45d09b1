package org.sanctuarytracker.history;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The columns a table shares with its audit table, those the history keeps: not the ones
 * the database computes (search keys, a statement's date), which it computes again. Read
 * once per table from the catalogue: a table's columns change only with a migration,
 * which restarts the app.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditedColumns {

	private final EntityManager entityManager;

	private final Map<String, List<String>> columns = new ConcurrentHashMap<>();

	@SuppressWarnings("unchecked")
	List<String> of(String table) {
		return this.columns.computeIfAbsent(table,
				(name) -> this.entityManager.createNativeQuery("""
						select c.column_name from information_schema.columns c
						join information_schema.columns a on a.table_schema = c.table_schema and a.table_name = :audit
						  and a.column_name = c.column_name
						where c.table_schema = current_schema() and c.table_name = :table and c.is_generated = 'NEVER'
						order by c.ordinal_position""")
					.setParameter("table", table)
					.setParameter("audit", table + "_aud")
					.getResultList());
	}

}
