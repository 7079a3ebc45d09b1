package org.sanctuarytracker.system;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses what the model forbids, whatever code writes to it.
 */
@TrackerTest
class SchemaConstraintsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Fixtures fixtures;

	@Test
	void shouldRejectADuplicateSlug() {
		assertThatThrownBy(() -> this.fixtures.jurisdiction("chicago-il", "CITY", "IL"))
			.isInstanceOf(DuplicateKeyException.class)
			.hasMessageContaining("jurisdiction_slug_key");
	}

	@Test
	void shouldRejectADuplicateGeoid() {
		String slug = Fixtures.unique("geoid");
		long id = this.fixtures.jurisdiction(slug, "CITY", "ZZ");
		assertThatThrownBy(() -> this.jdbc.update("update jurisdiction set geoid = '1714000' where id = ?", id))
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void shouldKeepTheLeadingZerosOfAGeoid() {
		String geoid = this.jdbc.queryForObject("select geoid from jurisdiction where slug = 'california'",
				String.class);
		assertThat(geoid).isEqualTo("06");
	}

	@Test
	void shouldRejectAPolicyWithoutASource() {
		long jurisdiction = this.fixtures.idOf("jurisdiction", "chicago-il");
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.jdbc.update(
				"insert into policy (jurisdiction_id, instrument, status, title) values (?, 'ORDINANCE', 'ENACTED', 'Unsourced')",
				jurisdiction)))
			.hasMessageContaining("must cite at least one source");
		assertThat(this.jdbc.queryForObject("select count(*) from policy where title = 'Unsourced'", Long.class))
			.isZero();
	}

	@Test
	void shouldRejectRemovingTheLastSourceOfAPolicy() {
		long jurisdiction = this.fixtures.idOf("jurisdiction", "chicago-il");
		long source = this.fixtures.source("Only source");
		long policy = this.fixtures.policy(jurisdiction, "Cited once", null, source);
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(
				(status) -> this.jdbc.update("delete from policy_citation where policy_id = ?", policy)))
			.hasMessageContaining("must cite at least one source");
		assertThatCode(() -> this.transactions
			.executeWithoutResult((status) -> this.jdbc.update("delete from policy where id = ?", policy)))
			.doesNotThrowAnyException();
	}

	@Test
	void shouldRejectIndicatorsFundingAndDesignationsWithoutASource() {
		long jurisdiction = this.fixtures.idOf("jurisdiction", "chicago-il");
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.jdbc.update(
				"insert into indicator (jurisdiction_id, metric, value, as_of, as_of_precision) values (?, 'MIGRANT_ARRIVALS', 1, date '2024-01-01', 'YEAR')",
				jurisdiction)))
			.hasMessageContaining("must cite at least one source");
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.jdbc.update(
				"insert into funding_exposure (jurisdiction_id, program, amount_at_risk_usd, status) values (?, 'COPS', 1, 'THREATENED')",
				jurisdiction)))
			.hasMessageContaining("must cite at least one source");
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.jdbc.update(
				"insert into designation (jurisdiction_id, list_name, listed_on, listed_on_precision) values (?, 'DOJ list', date '2025-01-01', 'YEAR')",
				jurisdiction)))
			.hasMessageContaining("must cite at least one source");
	}

	@Test
	void shouldRejectAStatementWithoutASource() {
		long jurisdiction = this.fixtures.idOf("jurisdiction", "chicago-il");
		long person = this.fixtures.idOf("person", "brandon-johnson");
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into statement (person_id, jurisdiction_id, stated_on, stated_on_precision, quote, stance)
				values (?, ?, date '2024-01-01', 'DAY', 'Unsourced words', 'NEUTRAL')""", person, jurisdiction))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("source_id");
	}

	@Test
	void shouldRejectAnUnknownEnumeratedValue() {
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into jurisdiction (kind, name, slug, state_code) values ('PROVINCE', 'Nowhere', ?, 'ZZ')",
				Fixtures.unique("bad-kind")))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("jurisdiction_kind_check");
		long jurisdiction = this.fixtures.idOf("jurisdiction", "chicago-il");
		assertThatThrownBy(
				() -> this.jdbc.update("update jurisdiction set status = 'BOGUS' where id = ?", jurisdiction))
			.isInstanceOf(DataIntegrityViolationException.class);
		long source = this.fixtures.source("Provision check");
		long policy = this.fixtures.policy(jurisdiction, "Provision check", null, source);
		assertThatThrownBy(() -> this.jdbc
			.update("insert into policy_provision (policy_id, provision) values (?, 'FREE_TEXT')", policy))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void shouldRejectADayInventedForAMonthPrecisionDate() {
		long source = this.fixtures.source("Precision check");
		assertThatThrownBy(() -> this.jdbc.update(
				"update source set published_on = date '2024-11-19', published_on_precision = 'MONTH' where id = ?",
				source))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.update(
				"update source set published_on = date '2024-11-01', published_on_precision = null where id = ?",
				source))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void shouldRejectAnAssessmentWithoutRationaleOrDate() {
		long id = this.fixtures.jurisdiction(Fixtures.unique("assessed"), "CITY", "ZZ");
		assertThatThrownBy(() -> this.jdbc.update("update jurisdiction set status = 'SANCTUARY' where id = ?", id))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("jurisdiction_status_assessed");
	}

	@Test
	void shouldRejectFundingExposureWithNeitherAmountNorShare() {
		long jurisdiction = this.fixtures.idOf("jurisdiction", "chicago-il");
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into funding_exposure (jurisdiction_id, program, status) values (?, 'Byrne JAG', 'THREATENED')",
				jurisdiction))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("funding_exposure_amount_or_share");
	}

	@Test
	void shouldRejectAMalformedSlug() {
		assertThatThrownBy(() -> this.fixtures.jurisdiction("Not A Slug", "CITY", "ZZ"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
