package org.sanctuarytracker.account;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.admin;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.from;
import static org.sanctuarytracker.support.EditingSupport.uniqueAddress;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administering accounts day to day (issue 13): a lock shown in words with its end, an
 * unlock, the username kept after a failed sign-in, created and last sign-in dates, and
 * every change in the account's history, which only administrators read.
 */
@TrackerTest
class AccountAdministrationTests {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldShowALockedAccountInTheListAsLockedUntilWhenInEnglish() {
		String username = createEditor();
		lockForMinutes(username, 12);

		Element row = rowOf(this.mvc.get().uri("/admin/accounts").with(admin("boss")).exchange(), username);

		assertThat(row.text()).containsPattern("Locked until \\d\\d:\\d\\d \\S+ \\(in 12 minutes\\)")
			.doesNotContain("May sign in");
		assertThat(row.select("form[action$=/unlock] button").text()).contains("Unlock");
	}

	@Test
	void shouldShowALockedAccountInTheListAsLockedUntilWhenInSpanish() {
		String username = createEditor();
		lockForMinutes(username, 1);

		Element row = rowOf(this.mvc.get().uri("/admin/accounts?lang=es").with(admin("boss")).exchange(), username);

		assertThat(row.text()).containsPattern("Bloqueada hasta las \\d\\d:\\d\\d \\S+ \\(dentro de 1 minuto\\)")
			.doesNotContain("Puede iniciar sesión");
		assertThat(row.select("form[action$=/unlock] button").text()).contains("Desbloquear");
	}

	@Test
	void shouldShowAnAccountThatMaySignInAsSuchWithoutAnUnlockButton() {
		String username = createEditor();

		Element row = rowOf(this.mvc.get().uri("/admin/accounts").with(admin("boss")).exchange(), username);

		assertThat(row.text()).contains("May sign in").doesNotContain("Locked");
		assertThat(row.select("form[action$=/unlock]")).isEmpty();
	}

	@Test
	void shouldUnlockFromTheListSoTheRightPasswordSignsInAgainAndRecordWhoAndWhy() {
		String username = createEditor();
		lockForMinutes(username, 12);
		assertThat(login(username, PASSWORD)).hasRedirectedUrl("/login?locked");

		MvcTestResult unlocked = this.mvc.post()
			.uri("/admin/accounts/{id}/unlock", idOf(username))
			.with(csrf())
			.with(admin("boss-unlocking"))
			.param("back", "list")
			.param("unlockSummary", "Colleague called from the newsroom")
			.exchange();

		assertThat(unlocked).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/accounts");
		assertThat(unlocked).flash().containsEntry("message", "account.unlocked");
		assertThat(
				this.jdbc.queryForObject("select locked_until from account where username = ?", Object.class, username))
			.isNull();
		assertThat(login(username, PASSWORD)).hasRedirectedUrl("/");
		String history = body(
				this.mvc.get().uri("/admin/accounts/{id}/history", idOf(username)).with(admin("boss")).exchange());
		assertThat(history).contains("boss-unlocking")
			.contains("Colleague called from the newsroom")
			.contains("Unlocked");
	}

	@Test
	void shouldUnlockFromTheAccountPageAndGoBackToIt() {
		String username = createEditor();
		lockForMinutes(username, 5);
		long id = idOf(username);
		String page = body(this.mvc.get().uri("/admin/accounts/{id}", id).with(admin("boss")).exchange());
		assertThat(page).contains("Locked until").contains("(in 5 minutes)").doesNotContainPattern("\\.\\d{6}");

		assertThat(this.mvc.post().uri("/admin/accounts/{id}/unlock", id).with(csrf()).with(admin("boss")))
			.hasRedirectedUrl("/admin/accounts/" + id);
		assertThat(body(this.mvc.get().uri("/admin/accounts/{id}", id).with(admin("boss")).exchange()))
			.doesNotContain("Locked until");
		// Without a reason, the history still says what was done.
		assertThat(this.jdbc.queryForObject(
				"select r.summary from account_aud a join revision r on r.id = a.rev where a.id = ? order by a.rev desc limit 1",
				String.class, id))
			.isEqualTo("Unlocked before the lock ended");
	}

	@Test
	void shouldLetOnlyAdministratorsUnlock() {
		String username = createEditor();
		lockForMinutes(username, 12);

		assertThat(this.mvc.post().uri("/admin/accounts/{id}/unlock", idOf(username)).with(csrf()).with(editor("ed")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/accounts/{id}/unlock", idOf(username)).with(admin("boss")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/accounts/{id}/unlock", idOf(username)).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(
				this.jdbc.queryForObject("select locked_until from account where username = ?", Object.class, username))
			.isNotNull();
	}

	@Test
	void shouldSayAndMakeSureThatAPasswordResetUnlocks() {
		String username = createEditor();
		lockForMinutes(username, 12);
		long id = idOf(username);
		assertThat(body(this.mvc.get().uri("/admin/accounts/{id}", id).with(admin("boss")).exchange()))
			.contains("Setting a new password also unlocks the account.");

		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}/password", id)
			.with(csrf())
			.with(admin("boss"))
			.params(form("password", "a brand new passphrase", "resetSummary", "Forgot it", "version", versionOf(id))))
			.hasRedirectedUrl("/admin/accounts");

		assertThat(login(username, "a brand new passphrase")).hasRedirectedUrl("/");
		assertThat(body(this.mvc.get().uri("/admin/accounts/{id}/history", id).with(admin("boss")).exchange()))
			.contains("Forgot it")
			.contains("Password reset");
	}

	@Test
	void shouldAskWhyForAPasswordResetAndAnAccountChange() {
		String username = createEditor();
		long id = idOf(username);

		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}/password", id)
			.with(csrf())
			.with(admin("boss"))
			.params(form("password", "a brand new passphrase", "resetSummary", " ", "version", versionOf(id))))
			.hasStatusOk()
			.bodyText()
			.contains("Every save needs a one-line edit summary");
		assertThat(
				this.mvc.post()
					.uri("/admin/accounts/{id}", id)
					.with(csrf())
					.with(admin("boss"))
					.params(form("displayName", "Renamed", "role", "EDITOR", "enabled", "true", "_enabled", "on",
							"version", versionOf(id))))
			.hasStatusOk()
			.bodyText()
			.contains("Every save needs a one-line edit summary");
		assertThat(this.jdbc.queryForObject("select display_name from account where id = ?", String.class, id))
			.isEqualTo("Editor " + username);
	}

	@Test
	void shouldKeepTheUsernameButNeverThePasswordAfterAFailedSignIn() {
		String username = createEditor();

		MvcTestResult failed = login(username, "a wrong password typed");

		assertThat(failed).hasRedirectedUrl("/login?error");
		Cookie kept = failed.getResponse().getCookie("login_username");
		assertThat(kept).isNotNull();
		assertThat(kept.isHttpOnly()).isTrue();
		assertThat(kept.getPath()).isEqualTo("/login");
		assertThat(kept.getMaxAge()).isBetween(1, 600);
		assertThat(failed.getResponse().getHeaders("Set-Cookie").toString()).doesNotContain("a wrong password typed")
			.doesNotContain("a+wrong+password+typed");
		MvcTestResult again = this.mvc.get().uri("/login?error").cookie(kept).exchange();
		Document page = Jsoup.parse(body(again));
		assertThat(page.getElementById("username").val()).isEqualTo(username);
		assertThat(page.getElementById("password").val()).isEmpty();
		assertThat(page.getElementById("password").hasAttr("autofocus")).isTrue();
		// Kept for the page it returned to only.
		assertThat(again.getResponse().getCookie("login_username").getMaxAge()).isZero();
	}

	@Test
	void shouldKeepATypedUsernameAsTextNeverAsMarkup() {
		String typed = "x\"><script>alert(1)</script>";

		MvcTestResult failed = login(typed, "whatever it was");

		assertThat(failed).hasRedirectedUrl("/login?error");
		String html = body(
				this.mvc.get().uri("/login?error").cookie(failed.getResponse().getCookie("login_username")).exchange());
		assertThat(html).doesNotContain("<script>alert(1)</script>");
		assertThat(Jsoup.parse(html).getElementById("username").val()).isEqualTo(typed);
	}

	@Test
	void shouldKeepNoSessionForARefusedSignIn() {
		MvcTestResult failed = login("someone", "a guess");

		assertThat(failed).hasRedirectedUrl("/login?error");
		assertThat(failed.getRequest().getSession(false)).isNull();
		assertThat(Jsoup
			.parse(body(this.mvc.get().uri("/login").cookie(new Cookie("login_username", "%E0%A4%A")).exchange()))
			.getElementById("username")
			.val()).as("a value this app did not write").isEmpty();
	}

	@Test
	void shouldRecordTheLastSignInAndShowItWithTheCreationDate() {
		String username = createEditor();
		long id = idOf(username);
		assertThat(rowOf(this.mvc.get().uri("/admin/accounts").with(admin("boss")).exchange(), username).text())
			.contains("never");

		assertThat(login(username, PASSWORD)).hasRedirectedUrl("/");

		assertThat(this.jdbc.queryForObject("select last_signed_in_at is not null from account where id = ?",
				Boolean.class, id))
			.isTrue();
		String year = String.valueOf(java.time.Year.now().getValue());
		Element row = rowOf(this.mvc.get().uri("/admin/accounts").with(admin("boss")).exchange(), username);
		assertThat(row.select("td").get(4).text()).contains(year);
		assertThat(row.select("td").get(5).text()).contains(year).doesNotContain("never");
		Document page = Jsoup
			.parse(body(this.mvc.get().uri("/admin/accounts/{id}", id).with(admin("boss")).exchange()));
		assertThat(page.select("dl").text()).contains("Created").contains("Last sign-in").doesNotContain("never");
		// A way back to the list.
		assertThat(page.select("main a[href=/admin/accounts]")).isNotEmpty();
		// A sign-in is no change: it bumps no version and writes no history.
		assertThat(this.jdbc.queryForObject("select count(*) from account_aud where id = ?", Long.class, id)).isOne();
	}

	@Test
	void shouldRecordWhoChangedWhoseRoleWhenAndWhyForAdministratorsOnly() {
		String username = createEditor();
		long id = idOf(username);
		String why = "Promoted for the election desk " + username;

		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}", id)
			.with(csrf())
			.with(admin("boss-promoting"))
			.params(form("displayName", "Editor " + username, "role", "ADMIN", "enabled", "true", "_enabled", "on",
					"editSummary", why, "version", versionOf(id))))
			.hasRedirectedUrl("/admin/accounts");

		String history = body(this.mvc.get().uri("/admin/accounts/{id}/history", id).with(admin("boss")).exchange());
		assertThat(history).contains(why).contains("boss-promoting").contains("Role: Editor → Administrator");
		assertThat(this.jdbc.queryForObject(
				"select r.username from account_aud a join revision r on r.id = a.rev where a.id = ? order by a.rev desc limit 1",
				String.class, id))
			.isEqualTo("boss-promoting");
		// Never in the public change list or its feed, nor readable by an editor.
		assertThat(body(this.mvc.get().uri("/changes").exchange())).doesNotContain(why);
		assertThat(body(this.mvc.get().uri("/changes?editor=boss-promoting").exchange())).doesNotContain(why);
		assertThat(body(this.mvc.get().uri("/changes.atom").exchange())).doesNotContain(why);
		assertThat(this.mvc.get().uri("/admin/accounts/{id}/history", id).with(editor("ed")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/accounts/{id}/history", id)).hasStatus(HttpStatus.FOUND);
	}

	private String createEditor() {
		String username = uniqueUsername("acct");
		assertThat(this.mvc.post()
			.uri("/admin/accounts")
			.with(csrf())
			.with(admin("boss"))
			.params(form("username", username, "displayName", "Editor " + username, "role", "EDITOR", "password",
					PASSWORD)))
			.hasStatus(HttpStatus.FOUND);
		return username;
	}

	private void lockForMinutes(String username, int minutes) {
		// Seconds short of the whole minutes, as a lock is once a moment has passed.
		this.jdbc.update(
				"update account set locked_until = now() + make_interval(mins => ?) - interval '2 seconds' where username = ?",
				minutes, username);
	}

	private Element rowOf(MvcTestResult list, String username) {
		assertThat(list).hasStatusOk();
		Element link = Jsoup.parse(body(list)).selectFirst("a:containsOwn(" + username + ")");
		assertThat(link).as("the list links " + username).isNotNull();
		return link.closest("tr");
	}

	private MvcTestResult login(String username, String password) {
		return this.mvc.post()
			.uri("/login")
			.servletPath("/login")
			.with(csrf())
			.with(from(uniqueAddress()))
			.param("username", username)
			.param("password", password)
			.exchange();
	}

	private long idOf(String username) {
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	private String versionOf(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from account where id = ?", Long.class, id));
	}

}
