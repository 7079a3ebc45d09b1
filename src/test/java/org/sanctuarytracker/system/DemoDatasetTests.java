package org.sanctuarytracker.system;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo dataset holds what the four seed articles report, verbatim, and nothing they
 * do not support.
 */
@TrackerTest
class DemoDatasetTests {

	/**
	 * The four seed articles' sources, found by the titles the load gave them, with the
	 * seed file each was drawn from.
	 */
	static final String SEEDS = """
			with seed (id, file) as (select * from (
			  select id, case
			    when title like '[Untitled article: Los Angeles creates the L.A. Justice Fund%' then '000_5ec421a6bb870673'
			    when title like '[Untitled article: Sanctuary-city leaders vow not to aid%' then '001_80271dc06f7be8e0'
			    when title = 'U.S. mayors vow to fight Trump''s hardline immigration stance' then '002_4e3979589d8e0dde'
			    when title like '[Untitled article: Sanctuary cities offer taxpayer-funded%' then '003_3851b98de0e1a26d' end as file
			  from source) x where file is not null)
			""";

	static final String SEED_IDS = SEEDS + "select id from seed";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

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
		List<Map<String, Object>> sources = this.jdbc
			.queryForList("select publisher, url, published_on_precision from source where id in (" + SEED_IDS + ")");
		assertThat(sources).hasSize(4);
		assertThat(sources).extracting((s) -> s.get("publisher"))
			.containsExactlyInAnyOrder(null, "NewsNation", "CBS News", null);
		assertThat(sources).extracting((s) -> s.get("url")).containsOnlyNulls();
		assertThat(sources).extracting((s) -> s.get("published_on_precision")).doesNotContain("DAY");
	}

	@Test
	void shouldQuoteEveryStatementVerbatimFromItsArticle() throws IOException {
		List<Map<String, Object>> statements = this.jdbc.queryForList(SEEDS + """
				select s.quote, seed.file as seed
				from statement s join seed on seed.id = s.source_id""");
		assertThat(statements).hasSize(21);
		for (Map<String, Object> statement : statements) {
			String article = article((String) statement.get("seed"));
			for (String part : ((String) statement.get("quote")).split(" \\[…\\] ")) {
				assertThat(article).as("quote part in seed %s", statement.get("seed")).contains(part);
			}
		}
	}

	/**
	 * " […] " joins the parts of one quote that the article interrupts with its
	 * attribution ("he said"), never two fragments of a paraphrase.
	 */
	@Test
	void shouldJoinQuotePartsOnlyAcrossAnAttribution() throws IOException {
		List<Map<String, Object>> statements = this.jdbc.queryForList(SEEDS + """
				select s.quote, seed.file as seed
				from statement s join seed on seed.id = s.source_id where s.quote like '%[…]%'""");
		assertThat(statements).isNotEmpty();
		for (Map<String, Object> statement : statements) {
			String article = article((String) statement.get("seed"));
			String[] parts = ((String) statement.get("quote")).split(" \\[…\\] ");
			for (int i = 1; i < parts.length; i++) {
				int end = article.indexOf(parts[i - 1]) + parts[i - 1].length();
				String between = article.substring(end, article.indexOf(parts[i], end));
				assertThat(between).as("between the parts of %s", statement.get("quote"))
					.hasSizeLessThan(100)
					.containsAnyOf(" said", " told");
			}
		}
	}

	/**
	 * Every phrase the demo data puts in quotation marks (rationales, summaries,
	 * contexts) is the article's own words.
	 */
	@Test
	void shouldQuoteOnlyWordsTheArticlesContain() throws IOException {
		String articles = article("000_5ec421a6bb870673") + article("001_80271dc06f7be8e0")
				+ article("002_4e3979589d8e0dde") + article("003_3851b98de0e1a26d");
		List<String> texts = this.jdbc.queryForList(
				SEEDS + """
						select j.status_rationale from jurisdiction j
						  where exists (select 1 from jurisdiction_citation c join seed on seed.id = c.source_id where c.jurisdiction_id = j.id)
						union all select p.summary from policy p
						  where exists (select 1 from policy_citation c join seed on seed.id = c.source_id where c.policy_id = p.id)
						union all select p.carve_outs from policy p
						  where exists (select 1 from policy_citation c join seed on seed.id = c.source_id where c.policy_id = p.id)
						union all select s.context from statement s join seed on seed.id = s.source_id""",
				String.class);
		Matcher quoted = Pattern.compile("[\"“]([^\"“”]+)[\"”]")
			.matcher(String.join("\n", texts.stream().filter((text) -> text != null).toList()));
		int found = 0;
		while (quoted.find()) {
			String phrase = quoted.group(1).replaceAll("[.,;:]$", "");
			assertThat(articles).as("quoted phrase").contains(phrase);
			found++;
		}
		assertThat(found).isGreaterThan(5);
	}

	/**
	 * Every figure (an indicator's value, a policy's amount, a share of a budget) is one
	 * its article states, in one of the ways articles write numbers.
	 */
	@Test
	void shouldStateEveryFigureAsItsArticleDoes() throws IOException {
		List<Map<String, Object>> figures = this.jdbc.queryForList(
				SEEDS + """
						select i.value as figure, seed.file as seed from indicator i
						  join indicator_citation c on c.indicator_id = i.id join seed on seed.id = c.source_id
						union all select p.amount_usd, seed.file from policy p
						  join policy_citation c on c.policy_id = p.id join seed on seed.id = c.source_id where p.amount_usd is not null
						union all select f.share_of_budget_pct, seed.file from funding_exposure f
						  join funding_exposure_citation c on c.funding_exposure_id = f.id join seed on seed.id = c.source_id
						  where f.share_of_budget_pct is not null""");
		assertThat(figures).hasSizeGreaterThanOrEqualTo(10);
		for (Map<String, Object> figure : figures) {
			BigDecimal value = (BigDecimal) figure.get("figure");
			assertThat(article((String) figure.get("seed"))).as("%s in seed %s", value, figure.get("seed"))
				.containsAnyOf(writtenForms(value).toArray(String[]::new));
		}
	}

	/**
	 * Every number written in the demo data's texts (rationales, summaries, contexts,
	 * notes), years aside, is in the articles.
	 */
	@Test
	void shouldWriteNoNumberTheArticlesDoNotGive() throws IOException {
		String articles = article("000_5ec421a6bb870673") + article("001_80271dc06f7be8e0")
				+ article("002_4e3979589d8e0dde") + article("003_3851b98de0e1a26d");
		List<String> texts = this.jdbc.queryForList(
				SEEDS + """
						select j.status_rationale from jurisdiction j
						  where exists (select 1 from jurisdiction_citation c join seed on seed.id = c.source_id where c.jurisdiction_id = j.id)
						union all select p.summary from policy p
						  where exists (select 1 from policy_citation c join seed on seed.id = c.source_id where c.policy_id = p.id)
						union all select p.carve_outs from policy p
						  where exists (select 1 from policy_citation c join seed on seed.id = c.source_id where c.policy_id = p.id)
						union all select s.context from statement s join seed on seed.id = s.source_id
						union all select i.notes from indicator i
						  where exists (select 1 from indicator_citation c join seed on seed.id = c.source_id where c.indicator_id = i.id)
						union all select f.notes from funding_exposure f
						  where exists (select 1 from funding_exposure_citation c join seed on seed.id = c.source_id where c.funding_exposure_id = f.id)""",
				String.class);
		Matcher numbers = Pattern.compile("\\d[\\d,.]*\\d|\\d")
			.matcher(String.join("\n", texts.stream().filter((text) -> text != null).toList()));
		int found = 0;
		while (numbers.find()) {
			String number = numbers.group();
			if (number.matches("(19|20)\\d\\d")) {
				continue;
			}
			assertThat(articles).as("number in the demo texts").contains(number);
			found++;
		}
		assertThat(found).isGreaterThan(5);
	}

	private static List<String> writtenForms(BigDecimal value) {
		List<String> forms = new java.util.ArrayList<>();
		forms.add(new java.text.DecimalFormat("#,##0.##").format(value));
		for (Map.Entry<BigDecimal, String> scale : Map
			.of(new BigDecimal("1000000"), "million", new BigDecimal("1000000000"), "billion")
			.entrySet()) {
			if (value.compareTo(scale.getKey()) >= 0) {
				String figure = value.divide(scale.getKey()).stripTrailingZeros().toPlainString();
				forms.add(figure + " " + scale.getValue());
				if (figure.equals("1")) {
					forms.add("a " + scale.getValue());
				}
			}
		}
		forms.add(value.stripTrailingZeros().toPlainString() + " percent");
		return forms;
	}

	@Test
	void shouldAssessOnlyWhereTheArticlesSupportAnAssessment() {
		for (String slug : List.of("aurora-co", "washington-dc", "colorado")) {
			Map<String, Object> row = this.jdbc
				.queryForMap("select status, status_rationale, status_as_of from jurisdiction where slug = ?", slug);
			assertThat(row).as(slug)
				.containsEntry("status", "UNASSESSED")
				.containsEntry("status_rationale", null)
				.containsEntry("status_as_of", null);
			assertThat(this.jdbc.queryForObject(
					"select count(*) from jurisdiction_citation c join jurisdiction j on j.id = c.jurisdiction_id where j.slug = ?",
					Long.class, slug))
				.as(slug)
				.isZero();
		}
		assertThat(this.jdbc.queryForObject("select status from jurisdiction where slug = 'chicago-il'", String.class))
			.isEqualTo("SANCTUARY");
	}

	@Test
	void shouldGiveChicagosMayorsOnlyTheirOwnWordsInTheRationale() {
		String rationale = this.jdbc
			.queryForObject("select status_rationale from jurisdiction where slug = 'chicago-il'", String.class);
		assertThat(rationale).contains("\"It always will be a sanctuary city.\"")
			.contains("not going to (double) as ICE agents")
			.doesNotContain("remains a sanctuary city")
			.doesNotContain("immigration agents");
	}

	@Test
	void shouldDescribeOperationAuroraAsTheArticleDoes() {
		String summary = this.jdbc.queryForObject("select summary from policy where title = 'Operation Aurora'",
				String.class);
		assertThat(summary).doesNotContain("starting with violent criminals")
			.contains(
					"deport violent criminals by sending “elite squads” of federal agents to “hunt down, arrest and deport”");
	}

	@Test
	void shouldShowNoInternalNoteOnAPublicPage() {
		assertThat(
				this.jdbc.queryForObject("select count(*) from source where notes like '%Seed article%'", Long.class))
			.isZero();
		long id = this.jdbc.queryForObject(SEEDS + "select id from seed where file = '003_3851b98de0e1a26d'",
				Long.class);
		assertThat(this.mvc.get().uri("/sources/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("Judicial Watch")
			.doesNotContain("Seed article")
			.doesNotContain("003_3851b98de0e1a26d");
	}

	@Test
	void shouldHoldTheLosAngelesJusticeFundAsAnnouncedAndNotInForce() throws Exception {
		Map<String, Object> fund = this.jdbc
			.queryForMap("select id, status, adopted_on from policy where title = 'L.A. Justice Fund'");
		assertThat(fund).containsEntry("status", "ANNOUNCED").containsEntry("adopted_on", null);
		String profile = this.mvc.get()
			.uri("/jurisdictions/los-angeles-ca")
			.exchange()
			.getResponse()
			.getContentAsString();
		String inForce = profile.substring(profile.indexOf("id=\"in-force\""), profile.indexOf("id=\"policies\""));
		assertThat(inForce).doesNotContain("L.A. Justice Fund").doesNotContain("Legal defense fund");
		assertThat(profile).contains("L.A. Justice Fund").contains("Announced");
	}

	@Test
	void shouldDateNoStatementTheArticlesDoNotDate() {
		assertThat(this.jdbc.queryForObject(SEEDS
				+ "select count(*) from statement s join seed on seed.id = s.source_id where s.stated_on is not null",
				Long.class))
			.isZero();
		// The page says when it was reported instead.
		assertThat(this.mvc.get().uri("/people/rahm-emanuel")).bodyText().contains("reported November 2016");
	}

	@Test
	void shouldNameTheOutletThatFirstReportedAQuote() {
		assertThat(this.jdbc.queryForList("""
				select p.slug || ': ' || s.reported_by from statement s join person p on p.id = s.person_id
				where s.reported_by is not null and s.kind = 'QUOTE'""", String.class)).contains("tom-homan: Fox News",
				"manuel-castro: The New York Times", "jared-polis: Colorado Public Radio");
	}

	@Test
	void shouldHoldThePositionsTheArticleReportsAsParaphrasesNotQuotes() throws Exception {
		assertThat(this.jdbc.queryForList("""
				select p.slug from statement s join person p on p.id = s.person_id
				where s.kind = 'PARAPHRASE' order by p.slug""", String.class)).contains("brandon-johnson", "eric-adams",
				"tom-homan");
		String nyc = this.mvc.get()
			.uri("/jurisdictions/new-york-city-ny")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(nyc).contains("Eric Adams has denounced Trump’s mass deportation plans")
			.doesNotContain("“Eric Adams has denounced")
			.contains("Homan has pledged to send more federal agents");
		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il")).bodyText()
			.contains("enough work to do without assisting in apprehending immigrants convicted of serious crimes")
			.doesNotContain("“Brandon Johnson has characterized");
	}

	@Test
	void shouldNotPresentAFormerMayorAsServingToday() throws Exception {
		String emanuel = this.mvc.get().uri("/people/rahm-emanuel").exchange().getResponse().getContentAsString();
		String terms = emanuel.substring(emanuel.indexOf("id=\"terms\""));
		assertThat(terms).contains("<span>Mayor</span>, <a href=\"/jurisdictions/chicago-il\">Chicago</a>,")
			.contains("as reported in November 2016");
		assertThat(emanuel).doesNotContain("Latest title on record").doesNotContain("Serves");
		for (String slug : List.of("eric-garcetti", "bill-de-blasio")) {
			assertThat(this.mvc.get().uri("/people/{slug}", slug)).bodyText()
				.as(slug)
				.contains("as reported in")
				.doesNotContain("Latest title on record");
		}
	}

	@Test
	void shouldShowJohnsonAsMayorAsReportedIn2024WithNoInventedDates() throws Exception {
		String page = this.mvc.get().uri("/people/brandon-johnson").exchange().getResponse().getContentAsString();
		String terms = page.substring(page.indexOf("id=\"terms\""),
				page.indexOf("</section>", page.indexOf("id=\"terms\"")));
		assertThat(terms).contains("<span>Mayor</span>, <a href=\"/jurisdictions/chicago-il\">Chicago</a>,")
			.contains("as reported in November 2024")
			.doesNotContain("from ")
			.doesNotContain("until");
		assertThat(this.jdbc.queryForObject(SEEDS
				+ "select count(*) from person_term t join seed on seed.id = t.source_id where t.held_from is not null or t.held_to is not null",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				SEEDS + "select count(*) from person_term t join seed on seed.id = t.source_id", Long.class))
			.isEqualTo(18);
	}

	@Test
	void shouldCiteASourceForEveryPartyAndTitle() {
		assertThat(this.jdbc.queryForList("""
				select slug from person where party is not null and party_source_id is null
				and slug in ('donald-trump', 'john-culberson', 'rahm-emanuel', 'bill-de-blasio', 'eric-adams',
				             'jared-polis', 'greg-abbott', 'muriel-bowser')""", String.class)).isEmpty();
		assertThat(this.jdbc.queryForList(
				SEEDS + """
						select p.slug from person p where p.current_title is not null
						and p.slug in ('rahm-emanuel', 'eric-garcetti', 'bill-de-blasio', 'brandon-johnson', 'karen-bass', 'eric-adams')""",
				String.class))
			.isEmpty();
		assertThat(this.mvc.get().uri("/people/greg-abbott")).bodyText()
			.contains("Republican")
			.contains("[Untitled article: Sanctuary-city leaders vow not to aid");
		// Beside a fact, an untitled work is named by its outlet; its description is the
		// link's tooltip, never link text.
		assertThat(this.mvc.get().uri("/people/brandon-johnson")).bodyText()
			.contains(
					"title=\"[Untitled article: Sanctuary-city leaders vow not to aid Trump&#39;s mass deportation plans]\">NewsNation article</a>")
			.doesNotContain(">[Untitled article");
	}

	@Test
	void shouldShowAFederalThreatOnTheProfileOfEachCityItNames() throws Exception {
		for (String slug : List.of("los-angeles-ca", "chicago-il", "new-york-city-ny")) {
			String page = this.mvc.get()
				.uri("/jurisdictions/{slug}", slug)
				.exchange()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(slug).contains("id=\"aimed-at\"");
			String aimedAt = page.substring(page.indexOf("id=\"aimed-at\""), page.indexOf("id=\"statements\""));
			assertThat(aimedAt).as(slug)
				.contains("Withholding federal funds from sanctuary cities")
				.contains("href=\"/jurisdictions/united-states\"");
		}
		assertThat(this.mvc.get().uri("/jurisdictions/colorado")).bodyText().contains("Operation Aurora");
		assertThat(this.mvc.get().uri("/jurisdictions/denver-co")).bodyText()
			.contains("Busing migrants from the southern border to other cities");
		// Denver is named by the busing, not by the funding threat.
		String denver = this.mvc.get().uri("/jurisdictions/denver-co").exchange().getResponse().getContentAsString();
		assertThat(denver).doesNotContain("Withholding federal funds from sanctuary cities");
		assertThat(this.jdbc.queryForList(
				"""
						select j.slug from policy_target t join policy p on p.id = t.policy_id join jurisdiction j on j.id = t.jurisdiction_id
						where p.title = 'Withholding federal funds from sanctuary cities' order by j.slug""",
				String.class))
			.containsExactly("chicago-il", "los-angeles-ca", "new-york-city-ny");
	}

	@Test
	void shouldRecordTheCorrectionsAsARevisionAfterTheLoad() {
		Map<String, Object> revision = this.jdbc.queryForMap(
				"select id, summary from revision where summary = 'Demo dataset corrected to claim only what its articles say'");
		long loadRevision = this.jdbc.queryForObject(
				"select id from revision where summary = 'Demo dataset loaded from the four seed articles'",
				Long.class);
		assertThat((Long) revision.get("id")).isGreaterThan(loadRevision);
		// Aurora as loaded, then as corrected: its history says both.
		assertThat(this.jdbc.queryForList("""
				select a.status from jurisdiction_aud a join jurisdiction j on j.id = a.id
				where j.slug = 'aurora-co' and a.rev in (?, ?) order by a.rev""", String.class, loadRevision,
				revision.get("id")))
			.containsExactly("COOPERATIVE", "UNASSESSED");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from jurisdiction_citation_aud a join jurisdiction j on j.id = a.jurisdiction_id
				where j.slug = 'aurora-co' and a.rev = ? and a.revtype = 2""", Long.class, revision.get("id")))
			.isEqualTo(1);
	}

	@Test
	void shouldGiveSpeakersTheirTitleAtTheTime() {
		assertThat(this.jdbc.queryForList("""
				select distinct s.speaker_title from statement s join person p on p.id = s.person_id
				where p.slug = 'tom-homan'""", String.class)).containsExactly(
				"former acting director of Immigration and Customs Enforcement (ICE) and Trump’s “border czar”");
		assertThat(this.jdbc.queryForList("""
				select s.speaker_title from statement s join person p on p.id = s.person_id
				where p.slug = 'rahm-emanuel'""", String.class)).containsExactly("Mayor");
		// A title is a term as a source reports it, not a current title that goes stale.
		assertThat(this.jdbc.queryForList("""
				select t.title from person_term t join person p on p.id = t.person_id where p.slug = 'donald-trump'""",
				String.class))
			.containsExactly("President-elect");
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
		assertThat(this.jdbc.queryForObject(SEEDS + """
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
		assertThat(this.jdbc.queryForObject("select count(*) from statement s where s.source_id in (" + SEED_IDS + ")",
				Long.class))
			.isEqualTo(21);
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
				where j.slug = 'united-states' and p.instrument = 'FEDERAL_ACTION'""", String.class)).contains(
				"Operation Aurora", "Withholding federal funds from sanctuary cities",
				"Senate effort to cut federal funding to sanctuary cities");
	}

	private static String article(String seed) throws IOException {
		return new ClassPathResource("seeds/" + seed + ".txt").getContentAsString(StandardCharsets.UTF_8);
	}

	private String kindOf(String slug) {
		return this.jdbc.queryForObject("select kind from jurisdiction where slug = ?", String.class, slug);
	}

}
