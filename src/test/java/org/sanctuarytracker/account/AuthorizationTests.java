package org.sanctuarytracker.account;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.admin;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.createJurisdiction;
import static org.sanctuarytracker.support.EditingSupport.createSource;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

/**
 * Who may do what: anonymous visitors read, editors change records, administrators also
 * manage accounts. Every editor route is walked as each of them; the posts carry no
 * input, so they change nothing even where they are let through.
 */
@TrackerTest
class AuthorizationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	long statement;

	long source;

	long policy;

	long funding;

	long indicator;

	long designation;

	long account;

	private static Long designationId;

	@BeforeEach
	void findDemoRecords() {
		this.statement = firstId("statement");
		this.source = firstId("source");
		this.policy = firstId("policy");
		this.funding = firstId("funding_exposure");
		this.indicator = firstId("indicator");
		this.designation = designation();
		this.account = this.jdbc.queryForObject("select id from account where username = 'admin'", Long.class);
	}

	@Test
	void shouldSendAnonymousVisitorsOfEditorPagesToTheLoginPage() {
		for (String page : editorPages()) {
			MvcTestResult result = this.mvc.get().uri(page).exchange();
			assertThat(result).as(page).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		}
		for (String page : adminPages()) {
			MvcTestResult result = this.mvc.get().uri(page).exchange();
			assertThat(result).as(page).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		}
	}

	@Test
	void shouldNotOpenEditorPagesToAnonymousHeadRequests() {
		// HEAD is GET without the body: an editor page answers it only to editors.
		for (String page : editorPages()) {
			MvcTestResult result = this.mvc.perform(head(page));
			assertThat(result).as("HEAD " + page).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		}
		assertThat(this.mvc.perform(head("/jurisdictions/chicago-il"))).hasStatusOk();
	}

	@Test
	void shouldRefuseEveryChangeFromAnonymousVisitors() {
		List<String> targets = new ArrayList<>(editorPages());
		targets.addAll(adminPosts());
		for (String target : targets) {
			MvcTestResult result = this.mvc.post().uri(target).with(csrf()).exchange();
			int status = result.getResponse().getStatus();
			assertThat(status).as(target).isIn(302, 403);
			if (status == 302) {
				assertThat(result).as(target).redirectedUrl().endsWith("/login");
			}
		}
	}

	@Test
	void shouldLetEditorsOpenEveryEditorPage() {
		for (String page : editorPages()) {
			assertThat(this.mvc.get().uri(page).with(editor("ed"))).as(page).hasStatusOk();
		}
	}

	@Test
	void shouldLetEditorsPostToEveryEditorRoute() {
		for (String target : editorPages()) {
			MvcTestResult result = this.mvc.post().uri(target).with(csrf()).with(editor("ed")).exchange();
			// Without input: the form again with its errors, the delete refused for its
			// dependents, or (an edit of a record standing on its own, without the
			// record id it was opened for) a bad request; never a refusal of the editor.
			assertThat(result.getResponse().getStatus()).as(target).isIn(expectedWithoutInput(target));
		}
	}

	@Test
	void shouldKeepEditorsOutOfAccountAdministration() {
		for (String page : adminPages()) {
			assertThat(this.mvc.get().uri(page).with(editor("ed"))).as(page).hasStatus(HttpStatus.FORBIDDEN);
		}
		for (String target : adminPosts()) {
			assertThat(this.mvc.post().uri(target).with(csrf()).with(editor("ed"))).as(target)
				.hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void shouldLetAdministratorsEverywhere() {
		RequestPostProcessor boss = admin("boss");
		for (String page : editorPages()) {
			assertThat(this.mvc.get().uri(page).with(boss)).as(page).hasStatusOk();
		}
		for (String page : adminPages()) {
			assertThat(this.mvc.get().uri(page).with(boss)).as(page).hasStatusOk();
		}
		for (String target : editorPages()) {
			MvcTestResult result = this.mvc.post().uri(target).with(csrf()).with(boss).exchange();
			assertThat(result.getResponse().getStatus()).as(target).isIn(expectedWithoutInput(target));
		}
		for (String target : adminPosts()) {
			// Without input: the account form again with its errors.
			assertThat(this.mvc.post().uri(target).with(csrf()).with(boss)).as(target).hasStatusOk();
		}
	}

	@Test
	void shouldLetAnonymousVisitorsReadEveryPublicPage() {
		for (String page : List.of("/", "/jurisdictions", "/jurisdictions/chicago-il", "/statements",
				"/people/brandon-johnson", "/sources/" + this.source, "/policies/" + this.policy, "/changes",
				"/changes.atom", "/jurisdictions/chicago-il/changes.atom", "/statements.atom?q=sanctuary",
				"/people/brandon-johnson/statements.atom",
				"/jurisdictions/chicago-il?as_of=" + java.time.LocalDate.now(java.time.ZoneOffset.UTC),
				"/jurisdictions/chicago-il/history", "/people/brandon-johnson/history",
				"/statements/" + this.statement + "/history", "/sources/" + this.source + "/history",
				"/policies/" + this.policy + "/history", "/funding/" + this.funding + "/history",
				"/indicators/" + this.indicator + "/history", "/designations/" + this.designation + "/history",
				"/login")) {
			assertThat(this.mvc.get().uri(page)).as(page).hasStatusOk();
		}
	}

	@Test
	void shouldShowEditLinksOnlyToEditors() {
		String profile = "/jurisdictions/chicago-il";
		String anonymous = body(this.mvc.get().uri(profile).exchange());
		String edited = body(this.mvc.get().uri(profile).with(editor("ed")).exchange());
		List<String> editLinks = List.of("href=\"/jurisdictions/chicago-il/statements/new\"",
				"href=\"/jurisdictions/chicago-il/policies/new\"", "href=\"/jurisdictions/chicago-il/funding/new\"",
				"href=\"/jurisdictions/chicago-il/indicators/new\"",
				"href=\"/jurisdictions/chicago-il/designations/new\"", "href=\"/jurisdictions/chicago-il/edit\"",
				"href=\"/jurisdictions/chicago-il/delete\"");
		for (String link : editLinks) {
			assertThat(anonymous).as("anonymous: " + link).doesNotContain(link);
			assertThat(edited).as("editor: " + link).contains(link);
		}
		assertThat(anonymous).doesNotContainPattern("href=\"/statements/\\d+/edit\"")
			.contains("href=\"/jurisdictions/chicago-il/history\"")
			.contains("href=\"/login\"");
		assertThat(edited).containsPattern("href=\"/statements/\\d+/edit\"")
			.containsPattern("href=\"/policies/\\d+/delete\"")
			.doesNotContain("href=\"/admin/accounts\"");

		assertThat(this.mvc.get().uri("/jurisdictions")).bodyText()
			.doesNotContain("href=\"/jurisdictions/new\"")
			.doesNotContain("href=\"/people/new\"")
			.doesNotContain("href=\"/sources/new\"");
		assertThat(this.mvc.get().uri("/jurisdictions").with(editor("ed"))).bodyText()
			.contains("href=\"/jurisdictions/new\"")
			.contains("href=\"/people/new\"")
			.contains("href=\"/sources/new\"");
		assertThat(this.mvc.get().uri("/people/brandon-johnson")).bodyText()
			.doesNotContain("href=\"/people/brandon-johnson/edit\"");
		assertThat(this.mvc.get().uri("/people/brandon-johnson").with(editor("ed"))).bodyText()
			.contains("href=\"/people/brandon-johnson/edit\"");
		assertThat(this.mvc.get().uri("/sources/{id}", this.source)).bodyText()
			.doesNotContain("href=\"/sources/" + this.source + "/edit\"");
		assertThat(this.mvc.get().uri("/sources/{id}", this.source).with(editor("ed"))).bodyText()
			.contains("href=\"/sources/" + this.source + "/edit\"");
		assertThat(this.mvc.get().uri("/policies/{id}", this.policy)).bodyText()
			.doesNotContain("href=\"/policies/" + this.policy + "/edit\"");
		assertThat(this.mvc.get().uri("/policies/{id}", this.policy).with(editor("ed"))).bodyText()
			.contains("href=\"/policies/" + this.policy + "/edit\"");
		assertThat(this.mvc.get().uri("/").with(admin("boss"))).bodyText().contains("href=\"/admin/accounts\"");
	}

	private List<String> editorPages() {
		return List.of("/jurisdictions/new", "/jurisdictions/chicago-il/edit", "/jurisdictions/chicago-il/delete",
				"/people/new", "/people/brandon-johnson/edit", "/people/brandon-johnson/delete", "/sources/new",
				"/sources/" + this.source + "/edit", "/sources/" + this.source + "/delete",
				"/jurisdictions/chicago-il/statements/new", "/statements/" + this.statement + "/edit",
				"/statements/" + this.statement + "/delete", "/jurisdictions/chicago-il/policies/new",
				"/policies/" + this.policy + "/edit", "/policies/" + this.policy + "/delete",
				"/jurisdictions/chicago-il/funding/new", "/funding/" + this.funding + "/edit",
				"/funding/" + this.funding + "/delete", "/jurisdictions/chicago-il/indicators/new",
				"/indicators/" + this.indicator + "/edit", "/indicators/" + this.indicator + "/delete",
				"/jurisdictions/chicago-il/designations/new", "/designations/" + this.designation + "/edit",
				"/designations/" + this.designation + "/delete");
	}

	private List<String> adminPages() {
		return List.of("/admin/accounts", "/admin/accounts/" + this.account,
				"/admin/accounts/" + this.account + "/history");
	}

	private List<String> adminPosts() {
		return List.of("/admin/accounts", "/admin/accounts/" + this.account,
				"/admin/accounts/" + this.account + "/password");
	}

	/**
	 * The demo dataset has no designation: one made through the forms (so it has a
	 * history), once for the whole run.
	 */
	private long designation() {
		if (designationId == null) {
			String username = uniqueUsername("ed");
			String slug = Fixtures.unique("designated");
			createJurisdiction(this.mvc, username, slug, "Added a town to designate");
			long source = createSource(this.mvc, username, "Federal list " + slug);
			MvcTestResult created = this.mvc.post()
				.uri("/jurisdictions/{slug}/designations/new", slug)
				.with(csrf())
				.with(editor(username))
				.params(form("jurisdiction", slug, "listName", "Test list " + slug, "listedOn", "2025-05", "sourceIds",
						String.valueOf(source), "editSummary", "Added the listing"))
				.exchange();
			assertThat(created).hasStatus(HttpStatus.FOUND);
			designationId = this.jdbc.queryForObject(
					"select d.id from designation d join jurisdiction j on j.id = d.jurisdiction_id where j.slug = ?",
					Long.class, slug);
		}
		return designationId;
	}

	private long firstId(String table) {
		return this.jdbc.queryForObject("select min(id) from " + table, Long.class);
	}

	private static Integer[] expectedWithoutInput(String target) {
		boolean standaloneEdit = target.matches("/(jurisdictions|people|sources)/[^/]+/edit");
		return standaloneEdit ? new Integer[] { 400 } : new Integer[] { 200, 409 };
	}

	/**
	 * What each role sees is Spring Security's own reading (sec:authorize, with the role
	 * hierarchy): an administrator, holding ADMIN alone, sees what an editor sees.
	 */
	@Test
	void shouldShowEachRoleItsLinksAndAnAdministratorAnEditorsToo() {
		String anonymous = body(this.mvc.get().uri("/jurisdictions/chicago-il").exchange());
		assertThat(anonymous).contains("href=\"/login\"")
			.doesNotContain("/jurisdictions/chicago-il/edit")
			.doesNotContain("href=\"/import\"")
			.doesNotContain("href=\"/admin/accounts\"");
		String asEditor = body(this.mvc.get().uri("/jurisdictions/chicago-il").with(editor("seer")).exchange());
		assertThat(asEditor).contains("/jurisdictions/chicago-il/edit")
			.contains("href=\"/import\"")
			.contains("Sign out (seer)")
			.doesNotContain("href=\"/admin/accounts\"")
			.doesNotContain("href=\"/login\"");
		String asAdmin = body(this.mvc.get().uri("/jurisdictions/chicago-il").with(admin("chief")).exchange());
		assertThat(asAdmin).contains("/jurisdictions/chicago-il/edit")
			.contains("href=\"/import\"")
			.contains("href=\"/admin/accounts\"");
	}

}
