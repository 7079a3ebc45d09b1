package org.sanctuarytracker.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes test records straight into the tables, each with a unique slug so tests sharing
 * the database never collide. Facts are written with their citation in one transaction,
 * as the database demands.
 */
@Component
public class Fixtures {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	Fixtures(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public long source(String title) {
		return this.jdbc.queryForObject("insert into source (title) values (?) returning id", Long.class, title);
	}

	public long jurisdiction(String slug, String kind, String stateCode) {
		return this.jdbc.queryForObject(
				"insert into jurisdiction (kind, name, slug, state_code) values (?, ?, ?, ?) returning id", Long.class,
				kind, "Zz test " + slug, slug, stateCode);
	}

	public long person(String slug) {
		return this.jdbc.queryForObject("insert into person (name, slug) values (?, ?) returning id", Long.class,
				"Person " + slug, slug);
	}

	public long policy(long jurisdictionId, String title, String provision, long sourceId) {
		return this.transactions.execute((status) -> {
			long id = this.jdbc.queryForObject("""
					insert into policy (jurisdiction_id, instrument, status, title, adopted_on, adopted_on_precision)
					values (?, 'ORDINANCE', 'ENACTED', ?, date '2020-03-01', 'MONTH') returning id""", Long.class,
					jurisdictionId, title);
			if (provision != null) {
				this.jdbc.update("insert into policy_provision (policy_id, provision) values (?, ?)", id, provision);
			}
			this.jdbc.update("insert into policy_citation (policy_id, source_id) values (?, ?)", id, sourceId);
			return id;
		});
	}

	public long statement(long personId, long jurisdictionId, LocalDate statedOn, String quote, String stance,
			long sourceId) {
		return this.jdbc.queryForObject(
				"""
						insert into statement (person_id, jurisdiction_id, stated_on, stated_on_precision, quote, stance, source_id)
						values (?, ?, ?, 'DAY', ?, ?, ?) returning id""",
				Long.class, personId, jurisdictionId, statedOn, quote, stance, sourceId);
	}

	public long indicator(long jurisdictionId, String metric, BigDecimal value, long sourceId) {
		return this.transactions.execute((status) -> {
			long id = this.jdbc.queryForObject("""
					insert into indicator (jurisdiction_id, metric, value, as_of, as_of_precision)
					values (?, ?, ?, date '2024-01-01', 'YEAR') returning id""", Long.class, jurisdictionId, metric,
					value);
			this.jdbc.update("insert into indicator_citation (indicator_id, source_id) values (?, ?)", id, sourceId);
			return id;
		});
	}

	public long funding(long jurisdictionId, String program, BigDecimal amount, long sourceId) {
		return this.transactions.execute((status) -> {
			long id = this.jdbc.queryForObject("""
					insert into funding_exposure (jurisdiction_id, program, amount_at_risk_usd, status)
					values (?, ?, ?, 'THREATENED') returning id""", Long.class, jurisdictionId, program, amount);
			this.jdbc.update("insert into funding_exposure_citation (funding_exposure_id, source_id) values (?, ?)", id,
					sourceId);
			return id;
		});
	}

	public long designation(long jurisdictionId, String listName, long sourceId) {
		return this.transactions.execute((status) -> {
			long id = this.jdbc.queryForObject("""
					insert into designation (jurisdiction_id, list_name, listed_on, listed_on_precision)
					values (?, ?, date '2025-05-01', 'MONTH') returning id""", Long.class, jurisdictionId, listName);
			this.jdbc.update("insert into designation_citation (designation_id, source_id) values (?, ?)", id,
					sourceId);
			return id;
		});
	}

	public long idOf(String table, String slug) {
		return this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug);
	}

}
