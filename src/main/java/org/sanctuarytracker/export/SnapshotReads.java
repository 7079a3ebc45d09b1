package org.sanctuarytracker.export;

import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a read of a snapshot in one read-only, repeatable-read transaction and tells it
 * where to read from: the live tables when the snapshot's revision is the newest that
 * transaction sees, else the revision history. Saves write their audit rows in the same
 * transaction as the rows and commit in revision order, so in that case the live tables
 * hold exactly the snapshot; a save committed since the snapshot was resolved (its
 * revision named in the response's headers) sends the read to the history instead.
 */
@Component
class SnapshotReads {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final boolean liveReads;

	/**
	 * @param liveReads false: always the history. For a database whose live tables were
	 * written without their audit rows (the tests' fixtures do so), where only the
	 * history is the record.
	 */
	SnapshotReads(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${tracker.exports.live-reads:true}") boolean liveReads) {
		this.jdbc = jdbc;
		this.liveReads = liveReads;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setReadOnly(true);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	<T> T read(Snapshot snapshot, Function<ReadFrom, T> work) {
		return read(snapshot, false, work);
	}

	/** For tests: the history even when the live tables would do. */
	<T> T readFromHistory(Snapshot snapshot, Function<ReadFrom, T> work) {
		return read(snapshot, true, work);
	}

	private <T> T read(Snapshot snapshot, boolean historyOnly, Function<ReadFrom, T> work) {
		return this.transactions.execute((status) -> {
			// Compiling an export's plan costs more than it saves (0.4 s on a whole
			// table).
			this.jdbc.execute("set local jit = off");
			Long newest = this.jdbc.queryForObject("select coalesce(max(id), 0) from revision", Long.class);
			boolean live = this.liveReads && !historyOnly && newest != null && newest == snapshot.revision();
			return work.apply(live ? ReadFrom.LIVE : ReadFrom.HISTORY);
		});
	}

}
