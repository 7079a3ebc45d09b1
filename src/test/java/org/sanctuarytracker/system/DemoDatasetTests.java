package org.sanctuarytracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo dataset holds what the four seed articles report, verbatim, and nothing they
 * do not support.
 */
@TrackerTest
class DemoDatasetTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldHoldEveryJurisdictionTheArticlesReport() {
		List<String> slugs = this.jdbc.queryForList("select slug from jurisdiction", String.class);
		assertThat(slugs).contains("united-states", "california", "los-angeles-ca", "los-angeles-county-ca",
				"san-francisco-ca", "illinois", "chicago-il", "new-york", "new-york-city-ny", "colorado", "denver-co",
				"aurora-co", "washington-dc", "texas");
		assertThat(kindOf("denver-co")).isEqualTo("CITY_COUNTY");
		assertThat(kindOf("washington-dc")).isEqualTo("FEDERAL_DISTRICT");
		assertThat(kindOf("united-states")).isEqualTo("NATION");
		assertThat(this.jdbc.queryForObject(
				"select p.slug from jurisdiction j join jurisdiction p on p.id = j.parent_id where j.slug = 'los-angeles-ca'",
				String.class))
			.isEqualTo("los-angeles-county-ca");
	}

	@Test
	void shouldHoldOneSourcePerArticleWithAPublisherOnlyWhereTheArticleNamesIt() {
		List<Map<String, Object>> sources = this.jdbc.queryForList(
				"select publisher, url, published_on_precision from source where notes like '%Seed article%'");
		assertThat(sources).hasSize(4);
		assertThat(sources).extracting((s) -> s.get("publisher"))
			.containsExactlyInAnyOrder(null, "NewsNation", "CBS News", null);
		assertThat(sources).extracting((s) -> s.get("url")).containsOnlyNulls();
		assertThat(sources).extracting((s) -> s.get("published_on_precision")).doesNotContain("DAY");
	}

	@Test
	void shouldQuoteEveryStatementVerbatimFromItsArticle() throws IOException {
		List<Map<String, Object>> statements = this.jdbc.queryForList("""
				select s.quote, substring(src.notes from 'Seed article ([0-9a-f_]+)') as seed
				from statement s join source src on src.id = s.source_id
				where src.notes like '%Seed article%'""");
		assertThat(statements).hasSize(18);
		for (Map<String, Object> statement : statements) {
			String article = new ClassPathResource("seeds/" + statement.get("seed") + ".txt")
				.getContentAsString(StandardCharsets.UTF_8);
			for (String part : ((String) statement.get("quote")).split(" \\[…\\] ")) {
				assertThat(article).as("quote part in seed %s", statement.get("seed")).contains(part);
			}
		}
	}

	@Test
	void shouldGiveSpeakersTheirTitleAtTheTime() {
		assertThat(this.jdbc.queryForList("""
				select distinct s.speaker_title from statement s join person p on p.id = s.person_id
				where p.slug = 'tom-homan'""", String.class)).containsExactly("border czar");
		assertThat(this.jdbc.queryForList("""
				select s.speaker_title from statement s join person p on p.id = s.person_id
				where p.slug = 'rahm-emanuel'""", String.class)).containsExactly("Mayor");
		assertThat(
				this.jdbc.queryForObject("select current_title from person where slug = 'donald-trump'", String.class))
			.isEqualTo("President-elect");
	}

	@Test
	void shouldRecordChicagosLegalDefenseFundWithItsAmountAndSource() {
		Map<String, Object> fund = this.jdbc.queryForMap("""
				select p.amount_usd, p.adopted_on_precision, count(c.source_id) as sources
				from policy p join jurisdiction j on j.id = p.jurisdiction_id
				join policy_provision pp on pp.policy_id = p.id and pp.provision = 'LEGAL_DEFENSE_FUND'
				join policy_citation c on c.policy_id = p.id
				where j.slug = 'chicago-il' group by p.id""");
		assertThat(fund.get("amount_usd")).hasToString("1300000.00");
		assertThat(fund.get("adopted_on_precision")).isEqualTo("YEAR");
		assertThat(fund.get("sources")).isEqualTo(1L);
	}

	@Test
	void shouldNeverInventADayTheArticlesDoNotGive() {
		assertThat(this.jdbc.queryForObject("""
				with seed as (select id from source where notes like '%Seed article%')
				select count(*) from (
				  select p.adopted_on_precision as precision from policy p
				    join policy_citation c on c.policy_id = p.id where c.source_id in (select id from seed)
				  union all select s.stated_on_precision from statement s where s.source_id in (select id from seed)
				  union all select i.as_of_precision from indicator i
				    join indicator_citation c on c.indicator_id = i.id where c.source_id in (select id from seed)
				  union all select j.status_as_of_precision from jurisdiction j
				    join jurisdiction_citation c on c.jurisdiction_id = j.id where c.source_id in (select id from seed)
				  union all select published_on_precision from source where id in (select id from seed)) dates
				where precision = 'DAY'""", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from statement s join source src on src.id = s.source_id where src.notes like '%Seed article%'",
				Long.class))
			.isEqualTo(18);
	}

	@Test
	void shouldCiteASourceForEveryFact() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from policy p where not exists (select 1 from policy_citation c where c.policy_id = p.id)",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from indicator i where not exists (select 1 from indicator_citation c where c.indicator_id = i.id)",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from funding_exposure_citation", Long.class)).isPositive();
	}

	@Test
	void shouldRecordTheFederalActions() {
		assertThat(this.jdbc.queryForList("""
				select p.title from policy p join jurisdiction j on j.id = p.jurisdiction_id
				where j.slug = 'united-states'""", String.class)).contains("Operation Aurora",
				"Withholding federal funds from sanctuary cities",
				"Senate effort to cut federal funding to sanctuary cities");
	}

	private String kindOf(String slug) {
		return this.jdbc.queryForObject("select kind from jurisdiction where slug = ?", String.class, slug);
	}

}
