package org.sanctuarytracker.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.export.ExportTables;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.ResearchSupport;
import org.sanctuarytracker.support.ResearchSupport.Csv;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.ResearchSupport.csv;
import static org.sanctuarytracker.support.ResearchSupport.download;
import static org.sanctuarytracker.support.ResearchSupport.text;

/**
 * The read-only JSON API: pages of the exports' rows with their filters, a jurisdiction's
 * profile, errors as JSON, and its OpenAPI description with a browsable UI that loads
 * nothing from other hosts.
 */
@TrackerTest
class ApiTests {

	private static final Map<String, String> LISTS = Map.of("/api/v1/jurisdictions", "jurisdictions",
			"/api/v1/policies", "policies", "/api/v1/statements", "statements", "/api/v1/funding-exposures",
			"funding_exposures", "/api/v1/sources", "sources", "/api/v1/people", "people");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@Test
	void shouldPageThroughTheSameRowsAsTheCsvInTheSameOrder() {
		List<String> ids = csv(download(this.mvc, "/export/statements.csv")).column("id");
		assertThat(ids).hasSizeGreaterThan(4);

		JsonNode page = json(this.mvc.get().uri("/api/v1/statements?size=2&page=2").exchange());

		assertThat(ids(page)).containsExactly(ids.get(2), ids.get(3));
		assertThat(page.get("page").asInt()).isEqualTo(2);
		assertThat(page.get("size").asInt()).isEqualTo(2);
		assertThat(page.get("total_items").asLong()).isEqualTo(ids.size());
		assertThat(page.get("total_pages").asLong()).isEqualTo((ids.size() + 1) / 2);
		assertThat(page.get("revision").asLong()).isPositive();
		assertThat(Instant.parse(page.get("as_of").asString())).isNotNull();

		long lastPage = page.get("total_pages").asLong();
		JsonNode last = json(this.mvc.get().uri("/api/v1/statements?size=2&page={page}", lastPage).exchange());
		assertThat(ids(last)).containsExactlyElementsOf(ids.subList((int) (lastPage - 1) * 2, ids.size()));
		JsonNode beyond = json(this.mvc.get().uri("/api/v1/statements?size=2&page={page}", lastPage + 1).exchange());
		assertThat(beyond.get("items").size()).isZero();
		assertThat(beyond.get("total_items").asLong()).isEqualTo(ids.size());

		JsonNode defaults = json(this.mvc.get().uri("/api/v1/statements").exchange());
		assertThat(defaults.get("page").asInt()).isEqualTo(1);
		assertThat(defaults.get("size").asInt()).isEqualTo(50);
		assertThat(ids(defaults)).containsExactlyElementsOf(ids.subList(0, Math.min(50, ids.size())));

		JsonNode all = json(this.mvc.get().uri("/api/v1/statements?size=200").exchange());
		assertThat(ids(all)).containsExactlyElementsOf(ids.subList(0, Math.min(200, ids.size())));
	}

	@Test
	void shouldNameItemFieldsAsTheCsvHeader() {
		for (Map.Entry<String, String> list : LISTS.entrySet()) {
			MvcTestResult result = this.mvc.get().uri(list.getKey() + "?size=5").exchange();
			assertThat(result).as(list.getKey()).hasStatusOk();
			assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_JSON);
			JsonNode page = json(result);
			assertThat(page.get("items").size()).as(list.getKey()).isPositive();
			for (JsonNode item : page.get("items").values()) {
				assertThat(new ArrayList<>(item.propertyNames())).as(list.getKey())
					.containsExactlyElementsOf(ExportTables.named(list.getValue()).header());
			}
		}
	}

	/** One handler serves every list: an address that names none is no page. */
	@Test
	void shouldAnswer404ForAListThereIsNot() {
		MvcTestResult missing = this.mvc.get().uri("/api/v1/lawsuits").exchange();
		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(missing.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(missing).bodyText().contains("There is no page at this address.");
	}

	@Test
	void shouldFilterAsTheBrowsePagesDo() {
		JsonNode illinois = json(this.mvc.get().uri("/api/v1/jurisdictions?state=IL&size=200").exchange());
		assertThat(values(illinois, "state_code")).containsOnly("IL");
		assertThat(values(illinois, "slug")).contains("chicago-il", "illinois");
		Csv csv = csv(download(this.mvc, "/export/jurisdictions.csv?state=IL"));
		assertThat(values(illinois, "slug")).containsExactlyElementsOf(csv.column("slug"));
		assertThat(illinois.get("total_items").asLong()).isEqualTo(csv.records().size());

		JsonNode sanctuaries = json(
				this.mvc.get().uri("/api/v1/jurisdictions?state=IL&status=SANCTUARY&size=200").exchange());
		assertThat(values(sanctuaries, "slug")).contains("chicago-il").doesNotContain("illinois");

		JsonNode chicago = json(this.mvc.get().uri("/api/v1/policies?jurisdiction=chicago-il&size=200").exchange());
		assertThat(values(chicago, "jurisdiction_slug")).isNotEmpty().containsOnly("chicago-il");
		JsonNode fund = chicago.get("items")
			.values()
			.stream()
			.filter((item) -> item.get("title")
				.asString()
				.equals("Legal defense fund for immigrants facing deportation"))
			.findFirst()
			.orElseThrow();
		assertThat(fund.get("amount_usd").isNumber()).isTrue();
		assertThat(fund.get("amount_usd").decimalValue()).isEqualByComparingTo(new BigDecimal("1300000.00"));
		assertThat(fund.get("source_ids").isArray()).isTrue();
		assertThat(fund.get("provisions").isArray()).isTrue();

		JsonNode sanctuary = json(this.mvc.get().uri("/api/v1/statements?q=sanctuary&size=200").exchange());
		assertThat(values(sanctuary, "quote")).contains("It always will be a sanctuary city")
			.doesNotContain("If you’re not going to help us, get the hell out of the way because we’re going to do it");
		assertThat(values(
				this.json.readTree(
						text(this.mvc.get().uri("/api/v1/statements?jurisdiction=chicago-il&size=200").exchange())),
				"jurisdiction_slug"))
			.isNotEmpty()
			.containsOnly("chicago-il");
		assertThat(values(json(this.mvc.get().uri("/api/v1/statements?stance=OPPOSES_SANCTUARY&size=200").exchange()),
				"stance"))
			.isNotEmpty()
			.containsOnly("OPPOSES_SANCTUARY");

		// Before the first revision there is no record to page through: a 400 saying so.
		MvcTestResult before = this.mvc.get().uri("/api/v1/statements?as_of=2000-01-01").exchange();
		assertThat(before).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(json(before).get("problems").get(0).asString()).contains("before the record begins");
	}

	@Test
	void shouldReturnOnlyRowsChangedAfterUpdatedSince() {
		String instant = json(this.mvc.get().uri("/api/v1/statements?size=1").exchange()).get("as_of").asString();
		long millisecond = Instant.parse(instant).toEpochMilli();
		while (System.currentTimeMillis() <= millisecond) {
			Thread.onSpinWait();
		}
		String slug = Fixtures.unique("api-since");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("api-speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Source " + slug);
		long statement = ResearchSupport.createStatement(this.mvc, slug, person, source, "Said lately " + slug);

		JsonNode changed = json(
				this.mvc.get().uri("/api/v1/statements?updated_since={instant}&size=200", instant).exchange());

		assertThat(ids(changed)).contains(String.valueOf(statement));
		assertThat(values(changed, "quote")).doesNotContain("It always will be a sanctuary city");
		for (JsonNode item : changed.get("items").values()) {
			assertThat(Instant.parse(item.get("updated_at").asString())).isAfter(Instant.parse(instant));
		}
		assertThat(values(
				json(this.mvc.get().uri("/api/v1/jurisdictions?updated_since={instant}&size=200", instant).exchange()),
				"slug"))
			.contains(slug)
			.doesNotContain("chicago-il");
		assertThat(
				values(json(this.mvc.get().uri("/api/v1/sources?updated_since={instant}&size=200", instant).exchange()),
						"title"))
			.contains("Source " + slug);
	}

	@Test
	void shouldServeAJurisdictionsProfile() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/jurisdictions/chicago-il").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_JSON);
		String body = text(result);
		JsonNode chicago = this.json.readTree(body);
		assertThat(chicago.get("slug").asString()).isEqualTo("chicago-il");
		assertThat(chicago.get("name").asString()).isEqualTo("Chicago");
		assertThat(chicago.get("status").asString()).isEqualTo("SANCTUARY");
		assertThat(chicago.get("state_code").asString()).isEqualTo("IL");
		assertThat(chicago.get("parent_slug").asString()).isEqualTo("illinois");
		assertThat(chicago.get("status_as_of").asString()).isEqualTo("2024-11-01");
		assertThat(chicago.get("status_as_of_precision").asString()).isEqualTo("MONTH");
		assertThat(chicago.get("longitude").decimalValue()).isEqualByComparingTo("-87.629798");

		JsonNode fund = chicago.get("policies")
			.values()
			.stream()
			.filter((policy) -> policy.get("amount_usd") != null && !policy.get("amount_usd").isNull())
			.findFirst()
			.orElseThrow(() -> new AssertionError("No policy with an amount in " + body));
		assertThat(fund.get("amount_usd").decimalValue()).isEqualByComparingTo(new BigDecimal("1300000.00"));
		assertThat(fund.get("title").asString()).isEqualTo("Legal defense fund for immigrants facing deportation");
		// A plain decimal with its cents, as in the CSV.
		assertThat(body).containsPattern("\"amount_usd\"\\s*:\\s*1300000\\.00[,}]");
		assertThat(fund.get("adopted_on").asString()).isEqualTo("2016-01-01");
		assertThat(fund.get("adopted_on_precision").asString()).isEqualTo("YEAR");
		assertThat(fund.get("source_ids").size()).isPositive();

		JsonNode statements = chicago.get("statements");
		assertThat(statements.size()).isPositive();
		assertThat(statements.values().stream().map((s) -> s.get("quote").asString()))
			.contains("It always will be a sanctuary city");
		JsonNode rahm = statements.values()
			.stream()
			.filter((s) -> s.get("quote").asString().equals("It always will be a sanctuary city"))
			.findFirst()
			.orElseThrow();
		assertThat(rahm.get("person_slug").asString()).isEqualTo("rahm-emanuel");
		// The article does not say when he said it: no date, the source's stands.
		assertThat(rahm.get("stated_on").isNull()).isTrue();
		assertThat(rahm.get("stated_on_precision").isNull()).isTrue();
		assertThat(rahm.get("kind").asString()).isEqualTo("QUOTE");
		assertThat(chicago.get("sources").size()).isPositive();
	}

	@Test
	void shouldServeTheProfileAsItStoodThenByteForByte() {
		String slug = Fixtures.unique("api-profile");
		MvcTestResult beforeIt = this.mvc.get().uri("/api/v1/jurisdictions/chicago-il").exchange();
		String beforeItExisted = beforeIt.getResponse().getHeader("X-Snapshot-As-Of");
		afterTheMillisecondOf(beforeItExisted);
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("api-profile-speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Source " + slug);
		long statement = ResearchSupport.createStatement(this.mvc, slug, person, source, "Said at first " + slug);
		MvcTestResult then = this.mvc.get().uri("/api/v1/jurisdictions/{slug}", slug).exchange();
		assertThat(then).hasStatusOk();
		String instant = then.getResponse().getHeader("X-Snapshot-As-Of");
		String revision = then.getResponse().getHeader("X-Snapshot-Revision");
		assertThat(values(json(then), "statements", "quote")).containsExactly("Said at first " + slug);

		afterTheMillisecondOf(instant);
		ResearchSupport.editQuote(this.mvc, this.jdbc, statement, "Said later " + slug, "Rephrased the quote");
		ResearchSupport.createStatement(this.mvc, slug, person, source, "Said again " + slug);
		MvcTestResult renamed = this.mvc.post()
			.uri("/jurisdictions/{slug}/edit", slug)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(EditingSupport.editor(ResearchSupport.newEditor()))
			.params(EditingSupport.form("kind", "CITY", "name", "Renamed " + slug, "slug", slug, "stateCode",
					ResearchSupport.STATE, "status", "UNASSESSED", "editSummary", "Renamed it", "version",
					String.valueOf(this.jdbc
						.queryForObject("select version from jurisdiction where slug = ?", Long.class, slug)),
					"recordId",
					String.valueOf(
							this.jdbc.queryForObject("select id from jurisdiction where slug = ?", Long.class, slug))))
			.exchange();
		assertThat(renamed).hasStatus(HttpStatus.FOUND);

		MvcTestResult asOf = this.mvc.get()
			.uri("/api/v1/jurisdictions/{slug}?as_of={instant}", slug, instant)
			.exchange();
		assertThat(asOf).hasStatusOk();
		assertThat(asOf.getResponse().getHeader("X-Snapshot-As-Of")).isEqualTo(instant);
		assertThat(asOf.getResponse().getHeader("X-Snapshot-Revision")).isEqualTo(revision);
		assertThat(text(asOf)).isEqualTo(text(then));
		JsonNode now = json(this.mvc.get().uri("/api/v1/jurisdictions/{slug}", slug).exchange());
		assertThat(now.get("name").asString()).isEqualTo("Renamed " + slug);
		assertThat(values(now, "statements", "quote")).containsExactlyInAnyOrder("Said later " + slug,
				"Said again " + slug);

		// It did not exist yet: 404, though the other jurisdictions did.
		MvcTestResult missing = this.mvc.get()
			.uri("/api/v1/jurisdictions/{slug}?as_of={instant}", slug, beforeItExisted)
			.exchange();
		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(json(missing).get("message").asString()).contains(slug).contains(beforeItExisted);
		assertThat(this.mvc.get().uri("/api/v1/jurisdictions/chicago-il?as_of={instant}", beforeItExisted))
			.hasStatusOk();
		// Before the record begins (the demo load is today's): a 400 that says so.
		MvcTestResult early = this.mvc.get().uri("/api/v1/jurisdictions/{slug}?as_of=2020-01-01", slug).exchange();
		assertThat(early).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(json(early).get("problems").get(0).asString()).contains("before the record begins");
	}

	@Test
	void shouldServeAPersonWithTheirTermsAsTheyStoodThen() {
		String place = Fixtures.unique("api-term-place");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, place);
		String slug = Fixtures.unique("api-person");
		MvcTestResult beforeIt = this.mvc.get().uri("/api/v1/people/rahm-emanuel").exchange();
		assertThat(beforeIt).hasStatusOk();
		String beforeTheyExisted = beforeIt.getResponse().getHeader("X-Snapshot-As-Of");
		afterTheMillisecondOf(beforeTheyExisted);
		long id = ResearchSupport.createPerson(this.mvc, this.jdbc, slug);
		long source = ResearchSupport.createSource(this.mvc, "Profile " + slug);
		editPerson(id, slug, "party", "Democratic", "partySourceId", String.valueOf(source), "terms[0].title", "Mayor",
				"terms[0].jurisdiction", place, "terms[0].heldFrom", "2019", "terms[0].heldTo", "2023-05",
				"terms[0].sourceId", String.valueOf(source), "editSummary", "Added the mayoralty");

		MvcTestResult then = this.mvc.get().uri("/api/v1/people/{slug}", slug).exchange();
		assertThat(then).hasStatusOk();
		assertThat(then).contentType().isCompatibleWith(MediaType.APPLICATION_JSON);
		JsonNode person = json(then);
		assertThat(person.get("id").asLong()).isEqualTo(id);
		assertThat(person.get("party").asString()).isEqualTo("Democratic");
		assertThat(person.get("party_source_id").asLong()).isEqualTo(source);
		assertThat(person.get("terms").size()).isEqualTo(1);
		JsonNode term = person.get("terms").get(0);
		assertThat(term.get("title").asString()).isEqualTo("Mayor");
		assertThat(term.get("jurisdiction_slug").asString()).isEqualTo(place);
		assertThat(term.get("held_from").asString()).isEqualTo("2019-01-01");
		assertThat(term.get("held_from_precision").asString()).isEqualTo("YEAR");
		assertThat(term.get("held_to").asString()).isEqualTo("2023-05-01");
		assertThat(term.get("held_to_precision").asString()).isEqualTo("MONTH");
		assertThat(term.get("source_id").asLong()).isEqualTo(source);
		String instant = then.getResponse().getHeader("X-Snapshot-As-Of");
		String revision = then.getResponse().getHeader("X-Snapshot-Revision");

		afterTheMillisecondOf(instant);
		editPerson(id, slug, "terms[0].title", "", "terms[0].jurisdiction", "", "terms[0].heldFrom", "",
				"terms[0].heldTo", "", "terms[0].sourceId", "", "editSummary", "Removed the mayoralty");
		assertThat(json(this.mvc.get().uri("/api/v1/people/{slug}", slug).exchange()).get("terms").size()).isZero();

		MvcTestResult asOf = this.mvc.get().uri("/api/v1/people/{slug}?as_of={instant}", slug, instant).exchange();
		assertThat(asOf).hasStatusOk();
		assertThat(asOf.getResponse().getHeader("X-Snapshot-As-Of")).isEqualTo(instant);
		assertThat(asOf.getResponse().getHeader("X-Snapshot-Revision")).isEqualTo(revision);
		assertThat(text(asOf)).isEqualTo(text(then));

		// Not yet recorded then: 404; the list as of then leaves them out.
		MvcTestResult missing = this.mvc.get()
			.uri("/api/v1/people/{slug}?as_of={instant}", slug, beforeTheyExisted)
			.exchange();
		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(json(missing).get("message").asString()).contains(slug);
		assertThat(ids(json(this.mvc.get()
			.uri("/api/v1/people?q={name}&as_of={instant}", "Person " + slug, beforeTheyExisted)
			.exchange()))).isEmpty();
		assertThat(ids(json(this.mvc.get().uri("/api/v1/people?q={name}", "Person " + slug).exchange())))
			.containsExactly(String.valueOf(id));
		assertThat(this.mvc.get().uri("/api/v1/people/no-such-person-zz")).hasStatus(HttpStatus.NOT_FOUND);
		assertBadRequestJson("/api/v1/people/" + slug + "?as_of=bogus");
		assertBadRequestJson("/api/v1/people?size=201");
		assertBadRequestJson("/api/v1/people?as_of=2999-01-01");
	}

	private void editPerson(long id, String slug, String... fields) {
		long version = this.jdbc.queryForObject("select version from person where id = ?", Long.class, id);
		assertThat(this.mvc.post()
			.uri("/people/{slug}/edit", slug)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(EditingSupport.editor(ResearchSupport.newEditor()))
			.params(EditingSupport.form("name", "Person " + slug, "slug", slug, "recordId", String.valueOf(id),
					"version", String.valueOf(version)))
			.params(EditingSupport.form(fields))
			.exchange()).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void shouldAnswerBadParametersWith400Json() {
		for (String uri : List.of("/api/v1/statements?page=0", "/api/v1/statements?page=-1",
				"/api/v1/statements?size=500", "/api/v1/statements?size=0", "/api/v1/jurisdictions?status=BOGUS",
				"/api/v1/jurisdictions?state=Illinois", "/api/v1/statements?stance=MAYBE",
				"/api/v1/statements?as_of=bogus", "/api/v1/statements?updated_since=bogus",
				"/api/v1/policies?as_of=2999-01-01", "/api/v1/sources?size=201", "/api/v1/funding-exposures?page=0",
				"/api/v1/statements?q=" + "x".repeat(201))) {
			assertBadRequestJson(uri);
		}
		JsonNode page = json(this.mvc.get().uri("/api/v1/statements?page=0").exchange());
		assertThat(page.get("problems").get(0).asString()).contains("page");
		JsonNode status = json(this.mvc.get().uri("/api/v1/jurisdictions?status=BOGUS").exchange());
		assertThat(status.get("problems").get(0).asString()).contains("status");
		JsonNode asOf = json(this.mvc.get().uri("/api/v1/statements?as_of=bogus").exchange());
		assertThat(asOf.get("problems").get(0).asString()).contains("as_of").contains("bogus");
	}

	@Test
	void shouldAnswerAPageOrSizeThatIsNotANumberWith400NotWith404() {
		// A malformed query parameter is a bad request, not a missing record.
		for (String uri : List.of("/api/v1/statements?page=abc", "/api/v1/statements?size=ten",
				"/api/v1/jurisdictions?page=1.5")) {
			assertBadRequestJson(uri);
			assertThat(json(this.mvc.get().uri(uri).exchange()).get("problems").toString()).as(uri)
				.containsAnyOf("page", "size");
		}
	}

	private void assertBadRequestJson(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).as(uri).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode error = json(result);
		assertThat(error.get("status").asInt()).as(uri).isEqualTo(400);
		assertThat(error.get("title").asString()).as(uri).isEqualTo("The request could not be understood");
		assertThat(error.get("detail").asString()).as(uri).isNotBlank();
		assertThat(error.get("instance").asString()).as(uri).isEqualTo(uri.replaceFirst("\\?.*", ""));
		assertThat(error.get("error").asString()).as(uri).isEqualTo("Bad Request");
		assertThat(error.get("message").asString()).as(uri).isNotBlank();
		assertThat(error.get("problems").isArray()).as(uri).isTrue();
		assertThat(error.get("problems").size()).as(uri).isPositive();
		assertThat(text(result)).as(uri).doesNotContain("Exception").doesNotContain("<html");
	}

	@Test
	void shouldAnswerAnUnknownJurisdictionWith404Json() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/jurisdictions/no-such-place-zz").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode error = json(result);
		assertThat(error.get("status").asInt()).isEqualTo(404);
		assertThat(error.get("error").asString()).isEqualTo("Not Found");
		assertThat(error.get("message").asString()).contains("no-such-place-zz");
		assertThat(error.get("detail").asString()).isEqualTo(error.get("message").asString());
		assertThat(error.get("title").asString()).isEqualTo("Not found");
		assertThat(error.get("problems").isArray()).isTrue();
		// In the reader's language, as the site's 404 page.
		JsonNode spanish = json(this.mvc.get()
			.uri("/api/v1/jurisdictions/no-such-place-zz")
			.header("Accept-Language", "es")
			.exchange());
		assertThat(spanish.get("title").asString()).isEqualTo("No encontrada");
		// The reference to quote is the request's id, also in the response header.
		assertThat(error.get("reference").asString()).isNotBlank()
			.isEqualTo(result.getResponse().getHeader("X-Request-Id"));
	}

	@Test
	void shouldDescribeTheApiInOpenApi() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_JSON);
		JsonNode docs = json(result);
		assertThat(docs.get("openapi").asString()).startsWith("3.");
		assertThat(docs.get("info").get("title").asString()).isNotBlank();
		List<String> paths = new ArrayList<>(docs.get("paths").propertyNames());
		assertThat(paths).contains("/api/v1/jurisdictions", "/api/v1/jurisdictions/{slug}", "/api/v1/policies",
				"/api/v1/statements", "/api/v1/funding-exposures", "/api/v1/sources", "/api/v1/people",
				"/api/v1/people/{slug}");
		assertThat(paths).allMatch((path) -> path.startsWith("/api/v1/"));
		for (String path : paths) {
			assertThat(docs.get("paths").get(path).has("get")).as(path).isTrue();
			assertThat(docs.get("paths").get(path).propertyNames()).as(path).containsOnly("get");
		}
		List<String> parameters = docs.get("paths")
			.get("/api/v1/statements")
			.get("get")
			.get("parameters")
			.values()
			.stream()
			.map((p) -> p.get("name").asString())
			.toList();
		assertThat(parameters).contains("page", "size", "updated_since", "as_of");
	}

	@Test
	void shouldServeTheApiUiFromThisHostOnly() {
		MvcTestResult page = this.mvc.get().uri("/swagger-ui/index.html").exchange();

		assertThat(page).hasStatusOk();
		String html = text(page);
		assertThat(html).containsIgnoringCase("<html");
		assertThat(externalReferences(html)).isEmpty();
		List<String> assets = new ArrayList<>();
		Matcher local = Pattern.compile("(?:src|href)=\"\\.?/?([^\":]+)\"").matcher(html);
		while (local.find()) {
			assets.add(local.group(1));
		}
		assertThat(assets).contains("swagger-initializer.js");
		for (String asset : assets) {
			assertThat(this.mvc.get().uri("/swagger-ui/" + asset)).as(asset).hasStatusOk();
		}
		assertThat(this.mvc.get().uri("/swagger-ui.html")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/swagger-ui/index.html");
		String config = text(this.mvc.get().uri("/v3/api-docs/swagger-config").exchange());
		assertThat(config).contains("\"url\":\"/v3/api-docs\"");
		assertThat(externalReferences(config)).isEmpty();
	}

	@Test
	void shouldNotPointTheApiUiAtAnotherHostsSpecification() {
		// The page's own script: its default spec must not be the Swagger petstore, which
		// the UI would fetch from petstore.swagger.io whenever loading its configuration
		// fails.
		String initializer = text(this.mvc.get().uri("/swagger-ui/swagger-initializer.js").exchange());
		assertThat(initializer).contains("/v3/api-docs/swagger-config");
		assertThat(externalReferences(initializer)).isEmpty();
	}

	/** Addresses on hosts other than this one. */
	private static List<String> externalReferences(String text) {
		List<String> external = new ArrayList<>();
		Matcher address = Pattern.compile("(?i)(?:https?:)?//([a-z0-9.-]+\\.[a-z]{2,})[^\\s\"'<>]*").matcher(text);
		while (address.find()) {
			if (!address.group(1).equalsIgnoreCase("localhost")) {
				external.add(address.group());
			}
		}
		return external;
	}

	private static void afterTheMillisecondOf(String instant) {
		long millisecond = Instant.parse(instant).toEpochMilli();
		while (System.currentTimeMillis() <= millisecond) {
			Thread.onSpinWait();
		}
	}

	private static List<String> values(JsonNode document, String list, String field) {
		return document.get(list).values().stream().map((item) -> item.get(field).asString()).toList();
	}

	private JsonNode json(MvcTestResult result) {
		return this.json.readTree(text(result));
	}

	private static List<String> ids(JsonNode page) {
		return values(page, "id");
	}

	private static List<String> values(JsonNode page, String field) {
		return page.get("items").values().stream().map((item) -> item.get(field).asString()).toList();
	}

}
