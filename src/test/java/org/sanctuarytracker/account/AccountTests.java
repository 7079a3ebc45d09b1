package org.sanctuarytracker.account;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.admin;
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.from;
import static org.sanctuarytracker.support.EditingSupport.uniqueAddress;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Accounts: the first administrator made at start-up, accounts an administrator creates,
 * disables and resets, and real form logins with their throttling per account and per
 * client address.
 */
@TrackerTest
class AccountTests {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldHaveMadeTheFirstAdministratorWithAHashedRandomPassword() {
		Map<String, Object> admin = this.jdbc.queryForMap(
				"select username, display_name, role, enabled, password_hash from account where username = 'admin'");
		assertThat(admin).containsEntry("role", "ADMIN").containsEntry("enabled", true);
		assertThat((String) admin.get("password_hash")).startsWith("{bcrypt-sha256}$2");
		assertThat(this.jdbc.queryForObject("select count(*) from account where username = 'admin'", Long.class))
			.isOne();
		assertThat(
				this.jdbc.queryForList("select username from account where role = 'ADMIN' order by id", String.class))
			.first()
			.isEqualTo("admin");
	}

	@Test
	void shouldLetAnAdministratorCreateAnEditorWhoCanThenSignIn() {
		String username = uniqueUsername("new-editor");
		MvcTestResult created = this.mvc.post()
			.uri("/admin/accounts")
			.with(csrf())
			.with(admin("boss"))
			.params(form("username", username, "displayName", "New Editor", "role", "EDITOR", "password", PASSWORD))
			.exchange();

		assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/accounts");
		assertThat(created).flash()
			.containsEntry("message", "account.created")
			.containsEntry("messageArgument", username);
		Map<String, Object> account = this.jdbc
			.queryForMap("select role, enabled, password_hash from account where username = ?", username);
		assertThat(account).containsEntry("role", "EDITOR").containsEntry("enabled", true);
		assertThat((String) account.get("password_hash")).startsWith("{bcrypt-sha256}$2").doesNotContain(PASSWORD);
		assertThat(this.mvc.get().uri("/admin/accounts").with(admin("boss"))).bodyText()
			.contains(">" + username + "</a>")
			.contains("New Editor");

		MvcTestResult login = login(username, PASSWORD, uniqueAddress());
		assertThat(login).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
		// Signed in: a session of theirs is stored in the database (Spring Session JDBC).
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				username))
			.isEqualTo(1);
	}

	@Test
	void shouldRefuseANewAccountWithATakenNameOrAShortPassword() {
		MvcTestResult invalid = this.mvc.post()
			.uri("/admin/accounts")
			.with(csrf())
			.with(admin("boss"))
			.params(form("username", "admin", "displayName", "Impostor", "role", "ADMIN", "password", "short"))
			.exchange();
		assertThat(invalid).hasStatusOk()
			.bodyText()
			.contains("this username is taken")
			.contains("must have at least 12 characters");
		assertThat(this.jdbc.queryForObject("select count(*) from account where username = 'admin'", Long.class))
			.isOne();
	}

	@Test
	void shouldSendAWrongPasswordBackToTheLoginPage() {
		String username = createEditor();
		String address = uniqueAddress();
		assertThat(login(username, "not the password", address)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login?error");
		assertThat(login("nobody-" + username, PASSWORD, address)).hasRedirectedUrl("/login?error");
		assertThat(this.mvc.get().uri("/login?error")).hasStatusOk().bodyText().contains("Wrong username or password.");
		assertThat(login(username, PASSWORD, address)).hasRedirectedUrl("/");
	}

	@Test
	void shouldLockAnAccountAfterFiveWrongPasswords() {
		String username = createEditor();
		String address = uniqueAddress();
		for (int i = 0; i < 4; i++) {
			assertThat(login(username, "wrong password " + i, address)).hasRedirectedUrl("/login?error");
		}
		assertThat(lockedUntil(username)).as("not locked after four failures").isNull();
		assertThat(login(username, "wrong password 4", address)).hasRedirectedUrl("/login?error");
		assertThat(lockedUntil(username)).as("locked after the fifth failure").isNotNull();

		// Even the right password, from anywhere, is turned away while the lock lasts.
		assertThat(login(username, PASSWORD, address)).hasRedirectedUrl("/login?locked");
		assertThat(login(username, PASSWORD, uniqueAddress())).hasRedirectedUrl("/login?locked");
		assertThat(this.mvc.get().uri("/login?locked")).bodyText().contains("This account is locked for a while");
	}

	@Test
	void shouldForgetFailuresAfterASuccessfulLogin() {
		String username = createEditor();
		String address = uniqueAddress();
		for (int i = 0; i < 4; i++) {
			assertThat(login(username, "wrong password " + i, address)).hasRedirectedUrl("/login?error");
		}
		assertThat(login(username, PASSWORD, address)).hasRedirectedUrl("/");
		assertThat(login(username, "wrong again", address)).hasRedirectedUrl("/login?error");
		assertThat(login(username, PASSWORD, address)).as("one failure after a success does not lock")
			.hasRedirectedUrl("/");
	}

	@Test
	void shouldThrottleAnAddressAfterTwentyFailuresWithoutRefusingACorrectPassword() {
		String username = createEditor();
		String throttled = uniqueAddress();
		for (int i = 0; i < 20; i++) {
			assertThat(login(uniqueUsername("nobody"), "guess " + i, throttled)).as("attempt " + (i + 1))
				.hasRedirectedUrl("/login?error");
		}

		assertThat(login(uniqueUsername("nobody"), "guess 21", throttled)).hasRedirectedUrl("/login?throttled");
		assertThat(login(username, PASSWORD, throttled)).hasRedirectedUrl("/");
		assertThat(login(username, PASSWORD, uniqueAddress())).hasRedirectedUrl("/");
		assertThat(lockedUntil(username)).as("the account itself is not locked").isNull();
	}

	@Test
	void shouldLetAnAdministratorDisableAnAccount() {
		String username = createEditor();
		long id = idOf(username);
		MvcTestResult updated = this.mvc.post()
			.uri("/admin/accounts/{id}", id)
			.with(csrf())
			.with(admin("boss"))
			.params(form("editSummary", "Changed in a test", "displayName", "Former Editor", "role", "EDITOR",
					"_enabled", "on", "version", versionOf(id)))
			.exchange();

		assertThat(updated).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/accounts");
		assertThat(this.jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id)).isFalse();
		assertThat(this.mvc.get().uri("/admin/accounts").with(admin("boss"))).bodyText().contains("Disabled");
		assertThat(login(username, PASSWORD, uniqueAddress())).hasRedirectedUrl("/login?error");

		assertThat(
				this.mvc.post()
					.uri("/admin/accounts/{id}", id)
					.with(csrf())
					.with(admin("boss"))
					.params(form("editSummary", "Changed in a test", "displayName", "Editor Again", "role", "EDITOR",
							"enabled", "true", "_enabled", "on", "version", versionOf(id))))
			.hasStatus(HttpStatus.FOUND);
		assertThat(login(username, PASSWORD, uniqueAddress())).hasRedirectedUrl("/");
	}

	@Test
	void shouldLetAnAdministratorResetAPasswordAndLiftALock() {
		String username = createEditor();
		long id = idOf(username);
		String address = uniqueAddress();
		for (int i = 0; i < 5; i++) {
			login(username, "wrong password " + i, address);
		}
		assertThat(login(username, PASSWORD, address)).hasRedirectedUrl("/login?locked");

		String newPassword = "a brand new passphrase";
		MvcTestResult reset = this.mvc.post()
			.uri("/admin/accounts/{id}/password", id)
			.with(csrf())
			.with(admin("boss"))
			.param("password", newPassword)
			.param("resetSummary", "Reset in a test")
			.param("version", versionOf(id))
			.exchange();
		assertThat(reset).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/accounts");
		assertThat(reset).flash().containsEntry("message", "account.passwordReset");

		assertThat(login(username, PASSWORD, uniqueAddress())).hasRedirectedUrl("/login?error");
		assertThat(login(username, newPassword, uniqueAddress())).hasRedirectedUrl("/");
	}

	@Test
	void shouldRefuseATooShortResetPassword() {
		String username = createEditor();
		long id = idOf(username);
		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}/password", id)
			.with(csrf())
			.with(admin("boss"))
			.param("password", "short")).hasStatusOk().bodyText().contains("must have at least 12 characters");
		assertThat(login(username, PASSWORD, uniqueAddress())).hasRedirectedUrl("/");
	}

	@Test
	void shouldEndTheSessionsOfAnAccountThatIsDisabledDemotedOrGivenANewPassword() {
		String username = createEditor();
		long id = idOf(username);
		MockHttpSession session = new MockHttpSession();
		assertThat(this.mvc.post()
			.uri("/login")
			.session(session)
			.with(csrf())
			.with(from(uniqueAddress()))
			.param("username", username)
			.param("password", PASSWORD)).hasRedirectedUrl("/");
		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il/edit").session(session)).hasStatusOk();

		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}", id)
			.with(csrf())
			.with(admin("boss"))
			.params(form("editSummary", "Changed in a test", "displayName", "Disabled meanwhile", "role", "EDITOR",
					"_enabled", "on", "version", versionOf(id))))
			.hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il/edit").session(session))
			.hasRedirectedUrl("/login?expired");
		assertThat(session.isInvalid()).isTrue();
	}

	private String createEditor() {
		String username = uniqueUsername("editor");
		assertThat(this.mvc.post()
			.uri("/admin/accounts")
			.with(csrf())
			.with(admin("boss"))
			.params(form("username", username, "displayName", "Editor " + username, "role", "EDITOR", "password",
					PASSWORD)))
			.hasStatus(HttpStatus.FOUND);
		return username;
	}

	/**
	 * A real form login. The servlet path is set as the servlet container sets it for the
	 * dispatcher servlet mapped at "/", which the login throttle relies on.
	 */
	private MvcTestResult login(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.servletPath("/login")
			.with(csrf())
			.with(from(address))
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

	private Object lockedUntil(String username) {
		return this.jdbc.queryForObject("select locked_until from account where username = ?", Object.class, username);
	}

}
