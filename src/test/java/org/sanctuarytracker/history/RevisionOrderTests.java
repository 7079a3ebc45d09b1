package org.sanctuarytracker.history;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save holds the revision-order lock on the very connection its changes are written on,
 * until it commits, so revisions commit in the order of their numbers.
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
	void shouldHoldTheLockOnTheSavingTransactionsConnectionUntilItEnds() {
		this.transactions.executeWithoutResult((status) -> {
			EditSummary.set("Taking the revision-order lock");
			int jpaBackend = this.entityManager.unwrap(Session.class).doReturningWork((connection) -> {
				try (var statement = connection.createStatement();
						var result = statement.executeQuery("select pg_backend_pid()")) {
					result.next();
					return result.getInt(1);
				}
			});
			Long locks = this.jdbc.queryForObject(
					"select count(*) from pg_locks where locktype = 'advisory' and granted and pid = ?", Long.class,
					jpaBackend);
			assertThat(locks).isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject("""
				select count(*) from pg_locks where locktype = 'advisory'
				and database = (select oid from pg_database where datname = current_database())""", Long.class))
			.isZero();
	}

}
