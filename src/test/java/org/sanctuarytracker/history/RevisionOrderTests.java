package org.sanctuarytracker.history;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save takes the revision-order lock on the very connection its changes are written on,
 * only as it commits (after its rows are written, before its revision is), and holds it
 * until the commit ends, so revisions commit in the order of their numbers while a long
 * save writing its rows does not make the others wait.
 */
@TrackerTest
class RevisionOrderTests {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void shouldTakeTheLockOnTheSavingTransactionsConnectionOnlyAsItCommits() {
		AtomicLong locksAtCommit = new AtomicLong(-1);
		this.transactions.executeWithoutResult((status) -> {
			EditSummary.set("Taking the revision-order lock");
			int jpaBackend = this.entityManager.unwrap(Session.class).doReturningWork((connection) -> {
				try (var statement = connection.createStatement();
						var result = statement.executeQuery("select pg_backend_pid()")) {
					result.next();
					return result.getInt(1);
				}
			});
			assertThat(advisoryLocksOf(jpaBackend)).as("while the save writes its rows").isZero();
			// Runs after the edit summary's own step at commit, which takes the lock.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					locksAtCommit.set(advisoryLocksOf(jpaBackend));
				}
			});
		});
		assertThat(locksAtCommit).hasValue(1);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from pg_locks where locktype = 'advisory'
				and database = (select oid from pg_database where datname = current_database())""", Long.class))
			.isZero();
	}

	private long advisoryLocksOf(int backend) {
		return this.jdbc.queryForObject(
				"select count(*) from pg_locks where locktype = 'advisory' and granted and pid = ?", Long.class,
				backend);
	}

}
