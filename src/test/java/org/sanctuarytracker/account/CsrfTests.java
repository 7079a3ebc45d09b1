package org.sanctuarytracker.account;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.admin;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A signed-in editor's browser cannot be made to post from another site: a change without
 * the form's CSRF token is refused and changes nothing.
 */
@TrackerTest
class CsrfTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldRefuseACreateWithoutTheTokenAndChangeNothing() {
		String slug = Fixtures.unique("csrf");
		long jurisdiction = EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		this.fixtures.person(person);
		long source = this.fixtures.source("Source " + slug);
		long revisions = count("select count(*) from revision");

		for (boolean invalidToken : new boolean[] { false, true }) {
			var request = this.mvc.post()
				.uri("/jurisdictions/{slug}/statements/new", slug)
				.with(editor(uniqueUsername("ed")))
				.params(form("person", person, "jurisdiction", slug, "statedOn", "2024", "quote", "Forged words",
						"stance", "NEUTRAL", "sourceIds", String.valueOf(source), "editSummary", "Forged"));
			if (invalidToken) {
				request.with(csrf().useInvalidToken());
			}
			assertThat(request).hasStatus(HttpStatus.FORBIDDEN);
		}

		assertThat(count("select count(*) from statement where jurisdiction_id = " + jurisdiction)).isZero();
		assertThat(count("select count(*) from revision")).isEqualTo(revisions);
	}

	@Test
	void shouldRefuseAnEditOrADeleteWithoutTheTokenAndChangeNothing() {
		String slug = Fixtures.unique("csrf");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String name = EditingSupport.jurisdictionName(slug);

		assertThat(
				this.mvc.post()
					.uri("/jurisdictions/{slug}/edit", slug)
					.with(editor(uniqueUsername("ed")))
					.params(form("kind", "CITY", "name", "Renamed by a forged post", "slug", slug, "stateCode", "ZZ",
							"status", "UNASSESSED", "version", "0", "editSummary", "Forged")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/jurisdictions/{slug}/delete", slug)
			.with(editor(uniqueUsername("ed")))
			.params(form("version", "0", "editSummary", "Forged"))).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.jdbc.queryForObject("select name from jurisdiction where slug = ?", String.class, slug))
			.isEqualTo(name);
		assertThat(count("select version from jurisdiction where slug = '" + slug + "'")).isZero();
	}

	@Test
	void shouldRefuseAnAccountCreatedWithoutTheToken() {
		String username = uniqueUsername("forged");
		assertThat(this.mvc.post()
			.uri("/admin/accounts")
			.with(admin(uniqueUsername("boss")))
			.params(form("username", username, "displayName", "Forged", "role", "ADMIN", "password",
					"a-long-enough-password")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count("select count(*) from account where username = '" + username + "'")).isZero();
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
