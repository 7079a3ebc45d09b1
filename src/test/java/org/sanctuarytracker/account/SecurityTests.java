package org.sanctuarytracker.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Anonymous visitors read every public page and can change nothing; pages carry the
 * security headers; health details are for administrators; CSRF tokens come from the body
 * or a header only; ids are read strictly.
 */
@TrackerTest
class SecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldLetAnonymousVisitorsReadEveryPublicPage() {
		for (String page : new String[] { "/", "/jurisdictions", "/jurisdictions/chicago-il", "/statements",
				"/people/brandon-johnson", "/actuator/health" }) {
			assertThat(this.mvc.get().uri(page)).as(page).hasStatusOk();
		}
	}

	/**
	 * Real write routes, posted with a valid CSRF token (without one, a 403 would only
	 * prove the token check): an anonymous visitor is sent to sign in and nothing is
	 * written.
	 */
	@Test
	void shouldRefuseChangesFromAnonymousVisitors() {
		long revisions = this.jdbc.queryForObject("select count(*) from revision", Long.class);
		String name = "Anonymous " + java.util.UUID.randomUUID();
		for (String route : new String[] { "/jurisdictions/new", "/jurisdictions/chicago-il/edit",
				"/jurisdictions/chicago-il/delete", "/sources/new", "/jurisdictions/chicago-il/statements/new",
				"/import/commit", "/admin/accounts" }) {
			assertThat(this.mvc.post()
				.uri(route)
				.with(csrf())
				.param("name", name)
				.param("title", name)
				.param("kind", "CITY")
				.param("slug", "anonymous-write")
				.param("editSummary", "Anonymous write")).as(route)
				.hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/login");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from revision", Long.class)).isEqualTo(revisions);
		assertThat(this.jdbc.queryForObject("select count(*) from source where title = ?", Long.class, name)).isZero();
	}

	@Test
	void shouldSendSecurityHeaders() {
		assertThat(this.mvc.get().uri("/")).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
			.hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void shouldReportTheDatabaseInHealthToAdministratorsOnly() {
		assertThat(this.mvc.get().uri("/actuator/health").with(user("boss").roles("ADMIN"))).bodyJson()
			.extractingPath("$.components.db.status")
			.isEqualTo("UP");
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyText()
			.contains("\"status\":\"UP\"")
			.doesNotContain("components")
			.doesNotContain("db");
		assertThat(this.mvc.get().uri("/actuator/health").with(user("writer").roles("EDITOR"))).bodyText()
			.doesNotContain("components");
	}

	@Test
	void shouldAcceptACsrfTokenFromTheFormBodyOrTheHeaderButNotFromTheQueryString() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String page = this.mvc.get().uri("/login").session(session).exchange().getResponse().getContentAsString();
		Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(hidden.find()).as("the login form carries a token").isTrue();
		String token = hidden.group(1);

		assertThat(this.mvc.post()
			.uri("/login?_csrf={token}", token)
			.session(session)
			.param("username", "nobody")
			.param("password", "not this one")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/login?%5Fcsrf={token}", token)
			.session(session)
			.param("username", "nobody")
			.param("password", "not this one")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/login")
			.session(session)
			.param("_csrf", token)
			.param("username", "nobody")
			.param("password", "not this one")).hasRedirectedUrl("/login?error");
		assertThat(this.mvc.post()
			.uri("/login")
			.session(session)
			.header("X-CSRF-TOKEN", token)
			.param("username", "nobody")
			.param("password", "not this one")).hasRedirectedUrl("/login?error");
	}

	@Test
	void shouldNotReadPlusOneOrOtherNumberSpellingsAsAnId() {
		long id = this.jdbc.queryForObject("select min(id) from policy", Long.class);
		assertThat(this.mvc.get().uri("/policies/" + id)).hasStatusOk();
		for (String spelling : new String[] { "+" + id, "%2B" + id, "0" + id + "x", "0x" + Long.toHexString(id),
				"%23" + Long.toHexString(id), "%20" + id, "\u0661" }) {
			// 404 (no such record), or 400 where the firewall refuses the path first.
			assertThat(this.mvc.get().uri("/policies/" + spelling).exchange().getResponse().getStatus()).as(spelling)
				.isIn(400, 404);
		}
		assertThat(this.mvc.get().uri("/admin/accounts/+1").with(user("boss").roles("ADMIN")))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
