package org.sanctuarytracker.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records rows that were inserted in SQL, not through Hibernate, in the history: as
 * created in the transaction's revision, the one Envers gives the rest of the
 * transaction's changes. An import of thousands of new records writes them set-based
 * (Hibernate would insert them one entity at a time, and Envers queue an audit row for
 * each); their audit rows are then copied from the rows themselves, one statement per
 * table, as the transaction commits, under the revision-order lock like every save's
 * audit rows (see {@link RevisionOrder}). The transaction must have an edit summary
 * ({@link EditSummary#set(String)}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CreatedInBulk {

	private static final int CREATED = 0;

	private final EntityManager entityManager;

	private final AuditedColumns columns;

	/** Records these rows of the table (by id) as created in this transaction. */
	public void created(String table, List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.ids.computeIfAbsent(table, (name) -> new ArrayList<>()).addAll(ids);
	}

	/** The rows a transaction created in SQL, by table, audited as it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Map<String, List<Long>> ids = new LinkedHashMap<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			// Taken by the edit summary's own synchronization too; taken again here (the
			// lock counts) so these rows are written under it whatever the order.
			RevisionOrder.take();
			Revision revision = AuditReaderFactory.get(CreatedInBulk.this.entityManager)
				.getCurrentRevision(Revision.class, true);
			CreatedInBulk.this.entityManager.flush();
			this.ids.forEach((table, created) -> audit(table, created, revision.getId()));
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(CreatedInBulk.this);
		}

		private void audit(String table, List<Long> created, long revision) {
			String list = String.join(", ", CreatedInBulk.this.columns.of(table));
			Long[] array = created.toArray(Long[]::new);
			CreatedInBulk.this.entityManager.unwrap(Session.class).doWork((connection) -> {
				try (var insert = connection
					.prepareStatement("insert into " + table + "_aud (" + list + ", rev, revtype) select " + list
							+ ", ?, " + CREATED + " from " + table + " where id = any(?)")) {
					insert.setLong(1, revision);
					insert.setArray(2, connection.createArrayOf("bigint", array));
					insert.executeUpdate();
				}
			});
		}

	}

}
