package org.sanctuarytracker.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.CountingStatements;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The federal money at risk across jurisdictions ({@code /funding}): filters read in any
 * case, orders, bounded pages and counts, 400 on bad input, totals that never add a share
 * to dollars, the chart with its accessible name, the profile's own chart, and the sums
 * the database keeps as rows change.
 */
@TrackerTest
@Import(CountingStatements.class)
class FundingPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	/** A program of its own, in two places of two states: amounts, shares, both. */
	private record Program(String name, String north, String south) {
	}

	private Program program() {
		String name = Fixtures.unique("Program");
		String north = Fixtures.unique("north");
		String south = Fixtures.unique("south");
		long n = this.fixtures.jurisdiction(north, "CITY", "QA");
		long s = this.fixtures.jurisdiction(south, "CITY", "QB");
		long source = this.fixtures.source("Budget office " + name);
		row(n, name, 2025, "1000.00", null, "THREATENED", source);
		row(n, name, 2025, null, "5.00", "THREATENED", source);
		row(s, name, 2025, "500.00", "10.00", "WITHHELD", source);
		row(s, name, 2024, "200.00", null, "RESTORED", source);
		return new Program(name, north, south);
	}

	private long row(long jurisdiction, String program, Integer year, String amount, String share, String status,
			long source) {
		return this.transactions.execute((tx) -> {
			long id = this.jdbc.queryForObject("""
					insert into funding_exposure (jurisdiction_id, program, fiscal_year, amount_at_risk_usd,
					                              share_of_budget_pct, status)
					values (?, ?, ?, ?, ?, ?) returning id""", Long.class, jurisdiction, program, year,
					(amount != null) ? new BigDecimal(amount) : null, (share != null) ? new BigDecimal(share) : null,
					status);
			this.jdbc.update("insert into funding_exposure_citation (funding_exposure_id, source_id) values (?, ?)", id,
					source);
			return id;
		});
	}

	private String page(String uri) throws Exception {
		return this.mvc.get()
			.uri(uri)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void shouldSumAmountsAndCountSharesApartNeverAddingThem() throws Exception {
		Program p = program();
		String body = page("/funding?program=" + p.name());
		// 2025: 1,000 + 500 (a row with a share too counts its amount); the 5 % row only
		// counted. Were a share added, 1,505 or 1,515 would appear.
		assertThat(body).contains("$1,500", "$200", "$1,700", "1 row with a share only")
			.doesNotContain("$1,505", "$1,515", "$1,715", "$1,705");
		assertThat(body).contains("<caption id=\"funding-totals-caption\">Amounts at risk by program and fiscal year");
		// The rows: amount, share or both, as recorded.
		assertThat(body).contains("$1,000", "5%", "10%");
	}

	@Test
	void shouldDrawAnAccessibleChartOfTheAmountsWithTheTableAsItsTextAlternative() throws Exception {
		Program p = program();
		String body = page("/funding?program=" + p.name());
		assertThat(body).contains("<svg role=\"img\"", "aria-labelledby=\"funding-chart-title funding-chart-desc\"",
				"<title id=\"funding-chart-title\">Amounts at risk by fiscal year and program</title>",
				"<desc id=\"funding-chart-desc\">",
				"The table of totals by program and fiscal year gives the same figures",
				"<title>" + p.name() + ", 2025: $1,500</title>", "<title>" + p.name() + ", 2024: $200</title>");
		// Only shares: nothing to draw in dollars, and the page says so.
		String share = Fixtures.unique("Share program");
		long j = this.fixtures.jurisdiction(Fixtures.unique("shares"), "CITY", "QC");
		row(j, share, 2025, null, "12.50", "THREATENED", this.fixtures.source("Shares " + share));
		assertThat(page("/funding?program=" + share)).doesNotContain("<svg role=\"img\"")
			.contains("record only shares of budgets, no amounts", "1 row with a share only");
	}

	@Test
	void shouldFilterByStateProgramYearAndStatusWhateverTheirCase() throws Exception {
		Program p = program();
		String all = "/funding?program=" + p.name().toUpperCase() + "&sort=amount";
		assertThat(rowsIn(page(all))).containsExactly("$1,000", "$500", "$200", "");
		String south = page(all + "&state=qb");
		assertThat(rowsIn(south)).containsExactly("$500", "$200");
		assertThat(south).doesNotContain("href=\"/jurisdictions/" + p.north() + "\"");
		assertThat(rowsIn(page(all + "&year=2024"))).containsExactly("$200");
		assertThat(rowsIn(page(all + "&status=withheld"))).containsExactly("$500");
		assertThat(rowsIn(page(all + "&status=Threatened&state=QA&year=2025"))).containsExactly("$1,000", "");
		// The totals take the same filters.
		assertThat(page(all + "&state=qb")).contains("$700").doesNotContain("$1,700");
		assertThat(page(all + "&state=qb&year=2025&status=restored")).contains("Nothing matches these filters.");
	}

	@Test
	void shouldSortByAmountYearJurisdictionAndProgram() throws Exception {
		Program p = program();
		String base = "/funding?program=" + p.name();
		String byAmount = page(base + "&sort=amount");
		assertThat(rowsIn(byAmount)).containsExactly("$1,000", "$500", "$200", "");
		assertThat(rowsIn(page(base + "&sort=YEAR"))).containsExactly("$1,000", "", "$500", "$200");
		String byPlace = page(base + "&sort=jurisdiction");
		assertThat(byPlace.indexOf("Zz test " + p.north())).isLessThan(byPlace.indexOf("Zz test " + p.south()));
	}

	/** The amounts of the rows table, in order ("" for a row with only a share). */
	private static List<String> rowsIn(String body) {
		String rows = body.substring(body.indexOf("id=\"rows-heading\""));
		List<String> amounts = new java.util.ArrayList<>();
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("<td class=\"text-end\">(\\$[0-9,]*)?</td>\\s*<td class=\"text-end\">[0-9.]*%?</td>")
			.matcher(rows);
		while (m.find()) {
			amounts.add((m.group(1) != null) ? m.group(1) : "");
		}
		return amounts;
	}

	@Test
	void shouldPageWithinBoundsAndStopCountingAtTheBound() throws Exception {
		Program p = program();
		String base = "/funding?program=" + p.name() + "&sort=amount&size=2";
		String first = page(base);
		assertThat(first).contains("Showing 1 to 2 of 4");
		assertThat(rowsIn(first)).containsExactly("$1,000", "$500");
		String second = page(base + "&page=2");
		assertThat(second).contains("Showing 3 to 4 of 4");
		assertThat(rowsIn(second)).containsExactly("$200", "");
		assertThat(this.mvc.get().uri(base + "&page=0")).hasStatus(400);
		assertThat(this.mvc.get().uri(base + "&page=100001")).hasStatus(400);
		assertThat(this.mvc.get().uri("/funding?size=101")).hasStatus(400);
		// Past a thousand matches the page says "more than" instead of counting them all.
		String many = Fixtures.unique("Many");
		long j = this.fixtures.jurisdiction(Fixtures.unique("many"), "CITY", "QD");
		long source = this.fixtures.source("Many " + many);
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc.update("""
					insert into funding_exposure (jurisdiction_id, program, fiscal_year, amount_at_risk_usd, status)
					select ?, ?, 2020 + g % 5, g, 'THREATENED' from generate_series(1, 1005) g""", j, many);
			this.jdbc.update("""
					insert into funding_exposure_citation (funding_exposure_id, source_id)
					select id, ? from funding_exposure where program = ?""", source, many);
		});
		assertThat(page("/funding?program=" + many)).contains("Showing 1 to 25 of more than 1,000", "$1,005")
			// The totals are not bounded: they are sums of every match, not a list.
			.contains("$505,515");
	}

	@Test
	void shouldAnswerBadInputWithA400ThatNamesTheParameter() throws Exception {
		Map<String, String> bad = Map.of("/funding?state=ILL", "state", "/funding?year=abc", "year",
				"/funding?year=1800", "year", "/funding?status=nope", "status", "/funding?sort=cheapest", "sort",
				"/funding?program=" + "x".repeat(201), "program");
		bad.forEach((uri, parameter) -> assertThat(this.mvc.get().uri(uri)).as(uri)
			.hasStatus(400)
			.bodyText()
			.contains("<li>" + parameter + ": "));
	}

	@Test
	void shouldRenderTheOverviewWithTheSameFewQueriesWhateverTheRows() throws Exception {
		program();
		CountingStatements.reset();
		assertThat(this.mvc.get().uri("/funding?size=100&sort=jurisdiction&x=1")).hasStatusOk();
		long statements = CountingStatements.count();
		// The page cache's state, the count, the ids, the rows with their places and
		// sources, the totals, the programs, the states.
		assertThat(statements).isLessThanOrEqualTo(8);
		CountingStatements.reset();
		assertThat(this.mvc.get().uri("/funding?size=2&sort=jurisdiction&x=2")).hasStatusOk();
		assertThat(CountingStatements.count()).isEqualTo(statements);
	}

	@Test
	void shouldExplainWhatNoFundingRowsMeanAndLinkTheOverviewFromTheHeader() throws Exception {
		String body = page("/funding");
		assertThat(body).contains("<a class=\"nav-link\" href=\"/funding\">Money at risk</a>",
				"The tracker does not record whether anyone has looked");
		String none = Fixtures.unique("none");
		this.fixtures.jurisdiction(none, "CITY", "QE");
		assertThat(page("/jurisdictions/" + none))
			.contains("None on record. The tracker does not record whether anyone has looked");
		assertThat(page("/funding?lang=es")).contains("Fondos federales en riesgo", "nadie lo ha informado todavía");
	}

	@Test
	void shouldShowTheProfileItsOwnChartOfAllItsRows() throws Exception {
		Program p = program();
		String body = page("/jurisdictions/" + p.south());
		assertThat(body)
			.contains("aria-labelledby=\"profile-funding-chart-title profile-funding-chart-desc\"",
					"<title>" + p.name() + ", 2025: $500</title>", "<title>" + p.name() + ", 2024: $200</title>")
			.doesNotContain("$1,000", "$1,500");
	}

	@Test
	void shouldKeepTheDatabaseSumsAsRowsChange() throws Exception {
		Program p = program();
		long north = this.jdbc.queryForObject("select id from jurisdiction where slug = ?", Long.class, p.north());
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc.update("update funding_exposure set amount_at_risk_usd = null, share_of_budget_pct = 1"
					+ " where program = ? and amount_at_risk_usd = 500", p.name());
			this.jdbc.update("update funding_exposure set fiscal_year = null where program = ? and fiscal_year = 2024",
					p.name());
			this.jdbc.update("delete from funding_exposure where program = ? and share_of_budget_pct = 5", p.name());
			this.jdbc.update("update jurisdiction set state_code = 'QF' where id = ?", north);
		});
		assertThat(this.jdbc.queryForObject(
				"""
						with truth as (
						    select coalesce(j.state_code, '') as s, f.program, coalesce(f.fiscal_year, 0) as y, f.status,
						           count(*) as n, count(f.amount_at_risk_usd) as a, count(*) - count(f.amount_at_risk_usd) as so,
						           coalesce(sum(f.amount_at_risk_usd), 0) as amount
						      from funding_exposure f join jurisdiction j on j.id = f.jurisdiction_id group by 1, 2, 3, 4
						), kept as (select * from funding_total where row_count <> 0)
						select count(*) from truth full join kept k
						    on k.state_code = truth.s and k.program = truth.program and k.fiscal_year = truth.y
						   and k.status = truth.status
						 where k.row_count is distinct from truth.n or k.amount_rows is distinct from truth.a
						    or k.share_only_rows is distinct from truth.so or k.amount_usd is distinct from truth.amount""",
				Long.class))
			.isZero();
		assertThat(rowsIn(page("/funding?program=" + p.name() + "&state=qf"))).containsExactly("$1,000");
		// The south's 500 now a share only, its 2024 row without a year.
		assertThat(page("/funding?program=" + p.name() + "&state=qb")).contains("1 row with a share only",
				"Year not given", "$200");
	}

}
