package org.sanctuarytracker.conformance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.sanctuarytracker.support.Fixtures;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * One page of every type the app renders, as the conformance checkers see them: public
 * pages as a visitor and as an editor, the editors' forms empty, filled and with their
 * errors, delete confirmations and refusals, the 409 pages, the import's dry run, account
 * administration and the error pages. Both the Nu Html Checker (HtmlConformanceTests) and
 * axe-core (AccessibilityTests) go through this one list, with the demo dataset and a few
 * records made through the forms, so a page type added here is checked by both.
 */
final class PageTypes {

	private static final RequestPostProcessor visitor = (request) -> request;

	private static final RequestPostProcessor editor = user("html-checker").roles("EDITOR");

	private static final RequestPostProcessor admin = user("html-checker-admin").roles("ADMIN");

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final List<Page> pages = new ArrayList<>();

	private final long statement;

	private final long source;

	private final long policy;

	private final long funding;

	private final long indicator;

	private final long account;

	/** Records made through the forms, so they have histories with differences. */
	private final Made made;

	private PageTypes(MockMvcTester mvc, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.statement = firstId("statement");
		this.source = firstId("source");
		this.policy = firstId("policy");
		this.funding = firstId("funding_exposure");
		this.indicator = firstId("indicator");
		this.account = jdbc.queryForObject("select id from account where username = 'admin'", Long.class);
		this.made = Made.through(mvc, jdbc);
	}

	/** Makes the records the pages show, then lists one page of each type. */
	static List<Page> all(MockMvcTester mvc, JdbcTemplate jdbc) {
		PageTypes types = new PageTypes(mvc, jdbc);
		types.publicPages();
		types.editorForms();
		types.invalidForms();
		types.deletePages();
		types.conflictPages();
		types.importPages();
		types.accountPages();
		types.restorePages();
		types.errorPages();
		return List.copyOf(types.pages);
	}

	private void publicPages() {
		get("front page", visitor, "/");
		get("front page, signed in", editor, "/");
		get("jurisdictions", visitor, "/jurisdictions");
		get("jurisdictions, filtered and sorted", visitor, "/jurisdictions?status=SANCTUARY&sort=population");
		get("jurisdictions, none found", visitor, "/jurisdictions?q=no-such-place-anywhere");
		get("jurisdictions, signed in", editor, "/jurisdictions");
		get("jurisdictions, as of a day, by provision, signed in", editor,
				"/jurisdictions?provision=DECLINES_DETAINERS&as_of=" + LocalDate.now(ZoneOffset.UTC));
		get("profile", visitor, "/jurisdictions/chicago-il");
		get("profile, signed in", editor, "/jurisdictions/chicago-il");
		// As it stood on a past day (the end of today includes the demo load).
		get("search, as of a day", visitor, "/search?q=chicago&as_of=" + LocalDate.now(ZoneOffset.UTC));
		get("profile, as of a day", visitor, "/jurisdictions/chicago-il?as_of=" + LocalDate.now(ZoneOffset.UTC));
		get("profile, as of a day, in Spanish", visitor,
				"/jurisdictions/illinois?lang=es&as_of=" + LocalDate.now(ZoneOffset.UTC));
		get("profile of a state", visitor, "/jurisdictions/california");
		get("profile of a reference state, its county map", visitor, "/jurisdictions/illinois");
		get("profile of a reference county", visitor, "/jurisdictions/cook-county-il");
		get("compare, empty", visitor, "/compare");
		get("compare, two places and a search", visitor, "/compare?j=chicago-il&j=los-angeles-ca&find=new");
		get("compare, four places", visitor, "/compare?j=chicago-il&j=los-angeles-ca&j=new-york-city-ny&j=california");
		get("export, a download built", visitor,
				"/export?table=statements&jurisdiction=chicago-il&q=fund&from=2016-01-01&as_of="
						+ java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		get("methodology", visitor, "/about");
		get("methodology, in Spanish", visitor, "/about?lang=es");
		get("map of the states", visitor, "/map");
		get("map of the counties", visitor, "/map?level=county");
		get("map of the counties, filtered", visitor, "/map?level=county&provision=DECLINES_DETAINERS&kind=COUNTY");
		get("map of the states, filtered", visitor, "/map?provision=DECLINES_DETAINERS&kind=CITY");
		get("map of the counties, as of a day, in Spanish", visitor,
				"/map?level=county&lang=es&as_of=" + LocalDate.now(ZoneOffset.UTC));
		for (String section : List.of("policies", "aimed-at", "funding", "figures", "designations", "places")) {
			get("profile section " + section, visitor, "/jurisdictions/california/" + section);
		}
		get("profile section with a designation", visitor, "/jurisdictions/" + this.made.slug() + "/designations");
		get("statements", visitor, "/statements");
		get("funding", visitor, "/funding");
		get("funding, one program with its chart", visitor,
				"/funding?program=program " + this.made.slug() + "&sort=year");
		get("funding, filtered, none found", visitor, "/funding?state=zz&status=withheld&year=1999");
		get("funding, in Spanish", visitor, "/funding?lang=es&sort=jurisdiction");
		get("funding, signed in", editor, "/funding?sort=amount");
		get("profile with its funding chart and policy timeline", visitor, "/jurisdictions/" + this.made.slug());
		get("profile with its policy timeline, in Spanish", visitor, "/jurisdictions/" + this.made.slug() + "?lang=es");
		get("search", visitor, "/search?q=garceti");
		get("search, every section", visitor, "/search?q=sanctuary");
		get("search, in Spanish", visitor, "/search?q=NYC&lang=es");
		get("search, nothing found", visitor, "/search?q=chigcao");
		get("search, no words", visitor, "/search");
		get("statements, filtered", visitor, "/statements?stance=SUPPORTS_SANCTUARY&from=2017-01-01&to=2025-12-31");
		get("statements, signed in", editor, "/statements");
		get("person", visitor, "/people/brandon-johnson");
		get("person, signed in", editor, "/people/brandon-johnson");
		get("policy", visitor, "/policies/" + this.policy);
		get("policy, signed in", editor, "/policies/" + this.policy);
		get("statement", visitor, "/statements/" + this.statement);
		get("statement with a date and context", visitor, "/statements/" + this.made.statement());
		get("statement, signed in", editor, "/statements/" + this.statement);
		get("statement, in Spanish", visitor, "/statements/" + this.statement + "?lang=es");
		// Spanish words are longer: the pages with filters and pickers, where a label or
		// an option could outgrow its control.
		get("jurisdictions, filtered, in Spanish", visitor, "/jurisdictions?status=SANCTUARY&sort=population&lang=es");
		get("statements, in Spanish", visitor, "/statements?lang=es");
		get("map of the counties, in Spanish", visitor, "/map?level=county&lang=es");
		get("changes, in Spanish", visitor, "/changes?lang=es");
		get("export, in Spanish", visitor, "/export?lang=es");
		get("profile, in Spanish", visitor, "/jurisdictions/chicago-il?lang=es");
		get("funding row", visitor, "/funding/" + this.funding);
		get("funding row, signed in", editor, "/funding/" + this.funding);
		get("source", visitor, "/sources/" + this.source);
		get("changes", visitor, "/changes");
		get("changes, filtered", visitor, "/changes?type=JURISDICTION");
		get("jurisdiction history", visitor, "/jurisdictions/" + this.made.slug() + "/history");
		get("jurisdiction history, demo record", visitor, "/jurisdictions/chicago-il/history");
		get("person history", visitor, "/people/" + this.made.person() + "/history");
		get("statement history", visitor, "/statements/" + this.made.statement() + "/history");
		get("policy history", visitor, "/policies/" + this.policy + "/history");
		get("source history", visitor, "/sources/" + this.made.source() + "/history");
		get("funding history", visitor, "/funding/" + this.funding + "/history");
		get("figure history", visitor, "/indicators/" + this.indicator + "/history");
		get("designation history", visitor, "/designations/" + this.made.designation() + "/history");
		get("export", visitor, "/export");
		get("sign in", visitor, "/login");
		get("sign in, wrong password", visitor, "/login?error");
		get("sign in, signed out", visitor, "/login?logout");
	}

	private void editorForms() {
		get("new jurisdiction", editor, "/jurisdictions/new");
		get("jurisdiction form", editor, "/jurisdictions/chicago-il/edit");
		get("new person", editor, "/people/new");
		get("person form", editor, "/people/brandon-johnson/edit");
		get("new source", editor, "/sources/new");
		get("source form", editor, "/sources/" + this.source + "/edit");
		get("new statement", editor, "/jurisdictions/chicago-il/statements/new");
		get("statement form", editor, "/statements/" + this.statement + "/edit");
		get("new policy", editor, "/jurisdictions/chicago-il/policies/new");
		get("policy form", editor, "/policies/" + this.policy + "/edit");
		get("new funding", editor, "/jurisdictions/chicago-il/funding/new");
		get("funding form", editor, "/funding/" + this.funding + "/edit");
		get("new statement, in Spanish", editor, "/jurisdictions/chicago-il/statements/new?lang=es");
		get("jurisdiction form, in Spanish", editor, "/jurisdictions/chicago-il/edit?lang=es");
		get("new figure", editor, "/jurisdictions/chicago-il/indicators/new");
		get("figure form", editor, "/indicators/" + this.indicator + "/edit");
		get("new designation", editor, "/jurisdictions/chicago-il/designations/new");
		get("designation form", editor, "/designations/" + this.made.designation() + "/edit");
	}

	/** The forms sent empty: shown again with an error at each required field. */
	private void invalidForms() {
		for (String form : List.of("/jurisdictions/new", "/people/new", "/sources/new",
				"/jurisdictions/chicago-il/statements/new", "/jurisdictions/chicago-il/policies/new",
				"/jurisdictions/chicago-il/funding/new", "/jurisdictions/chicago-il/indicators/new",
				"/jurisdictions/chicago-il/designations/new")) {
			post("form with errors " + form, HttpStatus.OK, form, new LinkedMultiValueMap<>());
		}
	}

	private void deletePages() {
		get("delete jurisdiction", editor, "/jurisdictions/chicago-il/delete");
		get("delete person", editor, "/people/brandon-johnson/delete");
		get("delete source", editor, "/sources/" + this.source + "/delete");
		get("delete statement", editor, "/statements/" + this.statement + "/delete");
		get("delete policy", editor, "/policies/" + this.policy + "/delete");
		get("delete funding", editor, "/funding/" + this.funding + "/delete");
		get("delete figure", editor, "/indicators/" + this.indicator + "/delete");
		get("delete designation", editor, "/designations/" + this.made.designation() + "/delete");
		// The source is cited by the designation made for this test: the delete is
		// refused.
		post("delete refused", HttpStatus.CONFLICT, "/sources/" + this.made.source() + "/delete",
				form("version", "0", "editSummary", "Tried to delete a cited source"));
	}

	private void conflictPages() {
		page("edit conflict", HttpStatus.CONFLICT, this.made::conflict);
		page("edited after a delete", HttpStatus.CONFLICT, this.made::editAfterDelete);
	}

	private void importPages() {
		get("import", editor, "/import");
		page("import without a file", HttpStatus.BAD_REQUEST,
				() -> this.mvc.post()
					.uri("/import")
					.multipart()
					.param("table", "jurisdictions")
					.with(csrf())
					.with(editor)
					.exchange());
		page("import dry run", HttpStatus.OK, () -> dryRun(new MockHttpSession(), this.made.importFile()));
		page("import commit refused", HttpStatus.CONFLICT, () -> {
			MockHttpSession session = new MockHttpSession();
			assertThat(dryRun(session, this.made.refusedImportFile())).hasStatusOk();
			Object pending = session.getAttribute("pendingImport");
			assertThat(pending).as("a dry run waits in the session").isNotNull();
			// The page offers no commit for a file with refused rows: the token is sent
			// anyway, as ImportTests does.
			String token = ReflectionTestUtils.invokeMethod(pending, "token");
			return this.mvc.post()
				.uri("/import/commit")
				.param("token", token)
				.param("editSummary", "Imported what the dry run refused")
				.session(session)
				.with(csrf())
				.with(editor)
				.exchange();
		});
	}

	private void accountPages() {
		get("accounts", admin, "/admin/accounts");
		get("account", admin, "/admin/accounts/" + this.account);
		page("account form with errors", HttpStatus.OK,
				() -> this.mvc.post()
					.uri("/admin/accounts")
					.with(csrf())
					.with(admin)
					.params(form("username", "", "displayName", "", "role", "EDITOR", "password", "short"))
					.exchange());
		page("account edit conflict", HttpStatus.CONFLICT, this.made::accountConflict);
		page("accounts, one locked", HttpStatus.OK, () -> {
			this.made.lockedAccount();
			return this.mvc.get().uri("/admin/accounts").with(admin).exchange();
		});
		page("account, locked", HttpStatus.OK,
				() -> this.mvc.get().uri("/admin/accounts/{id}", this.made.lockedAccount()).with(admin).exchange());
		page("account history", HttpStatus.OK,
				() -> this.mvc.get()
					.uri("/admin/accounts/{id}/history", this.made.lockedAccount())
					.with(admin)
					.exchange());
		page("account history, in Spanish", HttpStatus.OK,
				() -> this.mvc.get()
					.uri("/admin/accounts/{id}/history?lang=es", this.made.lockedAccount())
					.with(admin)
					.exchange());
		page("sign in, the username kept", HttpStatus.OK, this.made::signInAgain);
	}

	/** A deleted record's history with its restore forms, and the restore's refusals. */
	private void restorePages() {
		page("history of a deleted statement, as an editor", HttpStatus.OK, this.made::deletedStatementHistory);
		String restore = "/history/statements/" + this.made.statement() + "/restore";
		String created = String.valueOf(this.jdbc.queryForObject("select min(rev) from statement_aud where id = ?",
				Long.class, this.made.statement()));
		post("restore without a reason", HttpStatus.BAD_REQUEST, restore, form("revision", created, "reason", ""));
		post("restore refused", HttpStatus.CONFLICT, restore,
				form("revision", created, "reason", "Tried to restore a statement that exists"));
	}

	/**
	 * The pages the app answers with, and those the container's error dispatch renders
	 * (for a status set with sendError: an unknown address, a refusal, a dead database).
	 */
	private void errorPages() {
		get("not found", visitor, "/jurisdictions/no-such-place-anywhere", HttpStatus.NOT_FOUND);
		get("not found, with suggestions", visitor, "/jurisdictions/chicago", HttpStatus.NOT_FOUND);
		get("not found, a statement", visitor, "/statements/999999999", HttpStatus.NOT_FOUND);
		get("not found, a funding row", visitor, "/funding/999999999", HttpStatus.NOT_FOUND);
		get("bad request", visitor, "/jurisdictions?page=abc", HttpStatus.BAD_REQUEST);
		get("map, bad level", visitor, "/map?level=country", HttpStatus.BAD_REQUEST);
		get("map, not a day", visitor, "/map?as_of=someday", HttpStatus.BAD_REQUEST);
		for (HttpStatus status : List.of(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND,
				HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.PAYLOAD_TOO_LARGE, HttpStatus.INTERNAL_SERVER_ERROR,
				HttpStatus.SERVICE_UNAVAILABLE)) {
			page("error page " + status.value(), status,
					() -> this.mvc.get().uri("/error").accept(MediaType.TEXT_HTML).with((request) -> {
						request.setDispatcherType(DispatcherType.ERROR);
						request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
						request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/statements");
						request.setAttribute(RequestDispatcher.ERROR_MESSAGE, status.getReasonPhrase());
						return request;
					}).exchange());
		}
	}

	private void get(String name, RequestPostProcessor who, String uri) {
		get(name, who, uri, HttpStatus.OK);
	}

	private void get(String name, RequestPostProcessor who, String uri, HttpStatus status) {
		page(name + " (GET " + uri + ")", status, () -> this.mvc.get().uri(uri).with(who).exchange());
	}

	private void post(String name, HttpStatus status, String uri, MultiValueMap<String, String> params) {
		page(name, status, () -> this.mvc.post().uri(uri).with(csrf()).with(editor).params(params).exchange());
	}

	private void page(String name, HttpStatus status, Supplier<MvcTestResult> request) {
		this.pages.add(new Page(name, status, request));
	}

	private MvcTestResult dryRun(MockHttpSession session, String file) {
		return this.mvc.post()
			.uri("/import")
			.multipart()
			.file(new MockMultipartFile("file", "jurisdictions.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
			.param("table", "jurisdictions")
			.session(session)
			.with(csrf())
			.with(editor)
			.exchange();
	}

	private long firstId(String table) {
		return this.jdbc.queryForObject("select min(id) from " + table, Long.class);
	}

	static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	/**
	 * A page type: its name, the status it answers with, and the request that renders it.
	 */
	record Page(String name, HttpStatus status, Supplier<MvcTestResult> request) {

		/**
		 * Requests the page and returns its HTML, after checking that it is the app's own
		 * page in its layout (not a container's or Spring's default one) with the status
		 * this type answers with.
		 */
		String render() {
			MvcTestResult result = this.request.get();
			assertThat(result.getResponse().getStatus()).as(this.name + ": status").isEqualTo(this.status.value());
			assertThat(result.getResponse().getContentType()).as(this.name + ": content type")
				.startsWith(MediaType.TEXT_HTML_VALUE);
			String html = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
			assertThat(html).as(this.name + ": in the layout").contains("<main").contains("class=\"navbar-brand");
			return html;
		}

	}

	/**
	 * A town, a speaker, a source, a statement and a designation made through the forms,
	 * the town edited once (so its history shows a difference); and the requests that
	 * answer 409.
	 */
	private record Made(MockMvcTester mvc, JdbcTemplate jdbc, String slug, String person, long source, long statement,
			long designation) {

		static Made through(MockMvcTester mvc, JdbcTemplate jdbc) {
			String slug = Fixtures.unique("html");
			String person = Fixtures.unique("html-speaker");
			expectRedirect(mvc, "/jurisdictions/new", jurisdiction(slug, "A town for the HTML checker", "0"));
			MultiValueMap<String, String> edit = jurisdiction(slug, "Summarised the town", "0");
			edit.add("recordId", String.valueOf(id(jdbc, "jurisdiction", "slug", slug)));
			edit.add("summary", "A summary with <angle brackets> & an ampersand");
			expectRedirect(mvc, "/jurisdictions/" + slug + "/edit", edit);
			expectRedirect(mvc, "/people/new",
					form("name", "Person " + person, "slug", person, "editSummary", "Added the speaker"));
			String title = "Source " + slug;
			expectRedirect(mvc, "/sources/new", form("title", title, "editSummary", "Added the source"));
			long source = id(jdbc, "source", "title", title);
			String quote = "Words for the HTML checker " + slug;
			expectRedirect(mvc, "/jurisdictions/" + slug + "/statements/new",
					form("person", person, "jurisdiction", slug, "statedOn", "2024-11", "quote", quote, "context",
							"Said at a council meeting", "stance", "NEUTRAL", "sourceIds", String.valueOf(source),
							"editSummary", "Added the statement"));
			long statement = id(jdbc, "statement", "quote", quote);
			String list = "List " + slug;
			expectRedirect(mvc, "/jurisdictions/" + slug + "/designations/new",
					form("jurisdiction", slug, "listName", list, "listedOn", "2025-05", "sourceIds",
							String.valueOf(source), "editSummary", "Added the listing"));
			long designation = id(jdbc, "designation", "list_name", list);
			// Money at risk with an amount and with only a share, so the funding pages
			// draw a chart and count a share apart.
			expectRedirect(mvc, "/jurisdictions/" + slug + "/funding/new",
					form("jurisdiction", slug, "fiscalYear", "2025", "program", "Program " + slug, "amountAtRiskUsd",
							"1500000", "status", "THREATENED", "sourceIds", String.valueOf(source), "editSummary",
							"Added the money at risk"));
			expectRedirect(mvc, "/jurisdictions/" + slug + "/funding/new",
					form("jurisdiction", slug, "fiscalYear", "2024", "program", "Program " + slug, "shareOfBudgetPct",
							"2.5", "status", "WITHHELD", "sourceIds", String.valueOf(source), "editSummary",
							"Added a share of the budget"));
			// A policy repealed on a known day and one only announced, so the profile's
			// timeline draws a closed bar, approximate stretches and a hollow mark.
			expectRedirect(mvc, "/jurisdictions/" + slug + "/policies/new",
					form("jurisdiction", slug, "instrument", "EXECUTIVE_ORDER", "status", "REPEALED", "title",
							"An executive order with a title long enough to be cut short on the timeline " + slug,
							"adoptedOn", "2017", "endedOn", "2021-02-03", "sourceIds", String.valueOf(source),
							"editSummary", "Added the order"));
			expectRedirect(mvc, "/jurisdictions/" + slug + "/policies/new",
					form("jurisdiction", slug, "instrument", "ORDINANCE", "status", "ANNOUNCED", "title",
							"Announced fund " + slug, "adoptedOn", "2025-03", "sourceIds", String.valueOf(source),
							"editSummary", "Added the announcement"));
			return new Made(mvc, jdbc, slug, person, source, statement, designation);
		}

		/** Two editors save the town's summary from the same version. */
		MvcTestResult conflict() {
			long id = id(this.jdbc, "jurisdiction", "slug", this.slug);
			String version = String
				.valueOf(this.jdbc.queryForObject("select version from jurisdiction where id = ?", Long.class, id));
			MultiValueMap<String, String> first = jurisdiction(this.slug, "The first editor's summary", version);
			first.add("recordId", String.valueOf(id));
			first.set("summary", "The first editor's summary");
			expectRedirect(this.mvc, "/jurisdictions/" + this.slug + "/edit", first);
			MultiValueMap<String, String> second = jurisdiction(this.slug, "The second editor's summary", version);
			second.add("recordId", String.valueOf(id));
			second.set("summary", "The second editor's summary");
			return this.mvc.post()
				.uri("/jurisdictions/{slug}/edit", this.slug)
				.with(csrf())
				.with(user("html-checker-second").roles("EDITOR"))
				.params(second)
				.exchange();
		}

		/** A statement deleted by one editor while another edits it. */
		MvcTestResult editAfterDelete() {
			String quote = "Words to delete " + this.slug;
			expectRedirect(this.mvc, "/jurisdictions/" + this.slug + "/statements/new",
					form("person", this.person, "jurisdiction", this.slug, "statedOn", "2024-11", "quote", quote,
							"stance", "NEUTRAL", "sourceIds", String.valueOf(this.source), "editSummary",
							"Added a statement to delete"));
			long id = id(this.jdbc, "statement", "quote", quote);
			String version = String
				.valueOf(this.jdbc.queryForObject("select version from statement where id = ?", Long.class, id));
			expectRedirect(this.mvc, "/statements/" + id + "/delete",
					form("version", version, "editSummary", "A duplicate"));
			return this.mvc.post()
				.uri("/statements/{id}/edit", id)
				.with(csrf())
				.with(editor)
				.params(form("recordId", String.valueOf(id), "version", version, "person", this.person, "jurisdiction",
						this.slug, "statedOn", "2024-11", "quote", "Better words", "stance", "NEUTRAL", "sourceIds",
						String.valueOf(this.source), "editSummary", "Fixed the quote"))
				.exchange();
		}

		/**
		 * A statement made and deleted, its history as an editor sees it: each version
		 * with its restore form.
		 */
		MvcTestResult deletedStatementHistory() {
			String quote = "Words to restore " + this.slug;
			expectRedirect(this.mvc, "/jurisdictions/" + this.slug + "/statements/new",
					form("person", this.person, "jurisdiction", this.slug, "statedOn", "2024-11", "quote", quote,
							"stance", "NEUTRAL", "sourceIds", String.valueOf(this.source), "editSummary",
							"Added a statement to restore"));
			long id = id(this.jdbc, "statement", "quote", quote);
			String version = String
				.valueOf(this.jdbc.queryForObject("select version from statement where id = ?", Long.class, id));
			expectRedirect(this.mvc, "/statements/" + id + "/delete",
					form("version", version, "editSummary", "Deleted to be restored"));
			return this.mvc.get().uri("/statements/{id}/history", id).with(editor).exchange();
		}

		/**
		 * An account made, promoted with a summary and locked (once for the run), so the
		 * list, its page and its history show a lock and a change.
		 */
		long lockedAccount() {
			String username = "html-locked-" + this.slug.substring(this.slug.length() - 8);
			List<Long> existing = this.jdbc.queryForList("select id from account where username = ?", Long.class,
					username);
			if (!existing.isEmpty()) {
				return existing.get(0);
			}
			assertThat(this.mvc.post()
				.uri("/admin/accounts")
				.with(csrf())
				.with(admin)
				.params(form("username", username, "displayName", "Locked " + username, "role", "EDITOR", "password",
						"correct horse battery")))
				.hasStatus(HttpStatus.FOUND);
			long id = id(this.jdbc, "account", "username", username);
			assertThat(this.mvc.post()
				.uri("/admin/accounts/{id}", id)
				.with(csrf())
				.with(admin)
				.params(form("editSummary", "Promoted for the night desk", "displayName", "Locked " + username, "role",
						"ADMIN", "enabled", "true", "_enabled", "on", "version",
						String.valueOf(
								this.jdbc.queryForObject("select version from account where id = ?", Long.class, id)))))
				.hasStatus(HttpStatus.FOUND);
			this.jdbc.update("update account set locked_until = now() + interval '10 minutes' where id = ?", id);
			return id;
		}

		/** A refused sign-in, back at the form with the username it typed. */
		MvcTestResult signInAgain() {
			MvcTestResult refused = this.mvc.post()
				.uri("/login")
				.servletPath("/login")
				.with(csrf())
				.param("username", "html-typed-" + this.slug.substring(this.slug.length() - 8))
				.param("password", "not the password")
				.exchange();
			assertThat(refused).hasStatus(HttpStatus.FOUND);
			return this.mvc.get()
				.uri("/login?error")
				.cookie(refused.getResponse().getCookie("login_username"))
				.exchange();
		}

		/** Two administrators save one account from the same version. */
		MvcTestResult accountConflict() {
			String username = Fixtures.unique("html-account");
			assertThat(this.mvc.post()
				.uri("/admin/accounts")
				.with(csrf())
				.with(admin)
				.params(form("username", username, "displayName", "Account " + username, "role", "EDITOR", "password",
						"correct horse battery")))
				.hasStatus(HttpStatus.FOUND);
			long id = id(this.jdbc, "account", "username", username);
			String version = String
				.valueOf(this.jdbc.queryForObject("select version from account where id = ?", Long.class, id));
			assertThat(this.mvc.post()
				.uri("/admin/accounts/{id}", id)
				.with(csrf())
				.with(admin)
				.params(form("editSummary", "Changed in a test", "displayName", "Saved first", "role", "ADMIN",
						"enabled", "true", "_enabled", "on", "version", version)))
				.hasStatus(HttpStatus.FOUND);
			return this.mvc.post()
				.uri("/admin/accounts/{id}", id)
				.with(csrf())
				.with(user("html-checker-second-admin").roles("ADMIN"))
				.params(form("editSummary", "Changed in a test", "displayName", "Typed second", "role", "EDITOR",
						"enabled", "true", "_enabled", "on", "version", version))
				.exchange();
		}

		/** A new town, a change to this one and a row the database would refuse. */
		String importFile() {
			return "name,slug,kind,state_code,population,population_year\r\n" + "Zz test " + this.slug + "-new,"
					+ this.slug + "-new,CITY,ZZ,1200,2020\r\n" + "Zz test " + this.slug + "," + this.slug
					+ ",CITY,ZZ,4500,2020\r\n" + "Zz test " + this.slug + "-bad," + this.slug
					+ "-bad,CITY,ZZ,-5,2020\r\n";
		}

		String refusedImportFile() {
			return "name,slug,kind,state_code,population,population_year\r\n" + "Zz test " + this.slug + "-refused,"
					+ this.slug + "-refused,CITY,ZZ,-5,2020\r\n";
		}

		private static MultiValueMap<String, String> jurisdiction(String slug, String editSummary, String version) {
			return form("version", version, "kind", "CITY", "name", "Zz test " + slug, "slug", slug, "stateCode", "ZZ",
					"status", "UNASSESSED", "editSummary", editSummary);
		}

		private static void expectRedirect(MockMvcTester mvc, String uri, MultiValueMap<String, String> params) {
			assertThat(mvc.post().uri(uri).with(csrf()).with(editor).params(params)).as(uri)
				.hasStatus(HttpStatus.FOUND);
		}

		private static long id(JdbcTemplate jdbc, String table, String column, Object value) {
			return jdbc.queryForObject("select id from " + table + " where " + column + " = ?", Long.class, value);
		}

	}

}
