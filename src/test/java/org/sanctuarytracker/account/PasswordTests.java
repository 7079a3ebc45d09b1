package org.sanctuarytracker.account;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
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
 * Password rules (NIST SP 800-63B): 12 to 64 characters whatever their bytes, kept
 * exactly as typed, not a common password, not containing the username; and hashes stored
 * before still sign in.
 */
@TrackerTest
class PasswordTests {

	// 64 characters, 122 bytes in UTF-8: past bcrypt's 72.
	static final String MULTIBYTE = "Редакция проверяет каждую цитату дважды, а потом ещё раз вечером";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldAcceptASixtyFourCharacterPasswordOfMoreThanSeventyTwoBytesAndSignInWithIt() {
		assertThat(MULTIBYTE.codePointCount(0, MULTIBYTE.length())).isEqualTo(64);
		assertThat(MULTIBYTE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
		String username = uniqueUsername("editor");
		assertThat(create(username, MULTIBYTE)).hasStatus(HttpStatus.FOUND);

		assertThat(login(username, MULTIBYTE)).hasRedirectedUrl("/");
		// Only the whole password: bcrypt alone would have read just its first 72 bytes.
		assertThat(login(username, MULTIBYTE.substring(0, 63) + "?")).hasRedirectedUrl("/login?error");
	}

	@Test
	void shouldRefuseAPasswordOfMoreThanSixtyFourCharactersWithAFormErrorOnCreateAndReset() {
		String tooLong = "длинный пароль редакции ".repeat(9);
		String username = uniqueUsername("editor");
		assertThat(create(username, tooLong)).hasStatusOk().bodyText().contains("must have at most 64 characters");
		assertThat(this.jdbc.queryForObject("select count(*) from account where username = ?", Long.class, username))
			.isZero();

		assertThat(create(username, "correct horse battery")).hasStatus(HttpStatus.FOUND);
		long id = idOf(username);
		assertThat(reset(id, tooLong)).hasStatusOk().bodyText().contains("must have at most 64 characters");
		assertThat(login(username, "correct horse battery")).hasRedirectedUrl("/");
	}

	@Test
	void shouldAnswerASignInWithAVeryLongPasswordAsAWrongOneNotA500() {
		String username = uniqueUsername("editor");
		this.jdbc.update("insert into account (username, password_hash, display_name, role) values (?, ?, ?, 'EDITOR')",
				username, "{bcrypt}" + new BCryptPasswordEncoder().encode("an older bcrypt password"), username);

		assertThat(login(username, "x".repeat(300))).hasRedirectedUrl("/login?error");
		assertThat(login("admin", "é".repeat(200))).hasRedirectedUrl("/login?error");
	}

	@Test
	void shouldStillSignInWithAPasswordHashedBeforeWithPlainBcrypt() {
		String username = uniqueUsername("editor");
		this.jdbc.update("insert into account (username, password_hash, display_name, role) values (?, ?, ?, 'EDITOR')",
				username, "{bcrypt}" + new BCryptPasswordEncoder().encode("an older bcrypt password"), username);

		assertThat(login(username, "an older bcrypt password")).hasRedirectedUrl("/");
		assertThat(login(username, "an older bcrypt passwore")).hasRedirectedUrl("/login?error");
	}

	@Test
	void shouldKeepSpacesAndControlCharactersOfAPasswordAndSignInOnlyWithExactlyWhatWasTyped() {
		String typed = "  spaces around\tand a tab  ";
		String username = uniqueUsername("editor");
		assertThat(create(username, typed)).hasStatus(HttpStatus.FOUND);

		assertThat(login(username, typed.strip())).hasRedirectedUrl("/login?error");
		assertThat(login(username, typed)).hasRedirectedUrl("/");

		String reset = "\u0007 bell and trailing space ";
		assertThat(reset(idOf(username), reset)).hasStatus(HttpStatus.FOUND);
		assertThat(login(username, reset.strip())).hasRedirectedUrl("/login?error");
		assertThat(login(username, reset)).hasRedirectedUrl("/");
	}

	@Test
	void shouldRefuseCommonRepetitiveAndSequentialPasswords() {
		for (String common : new String[] { "password1234", "qwerty123456", "Leavemealone", "1q2w3e4r5t6y",
				"!!Monkey2024!!" }) {
			assertThat(create(uniqueUsername("editor"), common)).as(common)
				.hasStatusOk()
				.bodyText()
				.contains("is too common");
		}
		for (String repetitive : new String[] { "aaaaaaaaaaaa", "abcabcabcabc", "abcdefghijklm", "987654321098" }) {
			assertThat(create(uniqueUsername("editor"), repetitive)).as(repetitive)
				.hasStatusOk()
				.bodyText()
				.contains("must not be one character or a short pattern repeated");
		}
	}

	@Test
	void shouldRefuseAPasswordThatContainsTheUsernameInAnyCase() {
		String username = uniqueUsername("editor");
		assertThat(create(username, "My " + username.toUpperCase(java.util.Locale.ROOT) + " at the desk")).hasStatusOk()
			.bodyText()
			.contains("must not contain the username");

		assertThat(create(username, "correct horse battery")).hasStatus(HttpStatus.FOUND);
		assertThat(reset(idOf(username), "xx" + username + "xx")).hasStatusOk()
			.bodyText()
			.contains("must not contain the username");
	}

	@Test
	void shouldStoreNewPasswordsAsBcryptOfTheirSha256() {
		String username = uniqueUsername("editor");
		assertThat(create(username, "correct horse battery")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select password_hash from account where username = ?", String.class,
				username))
			.startsWith("{bcrypt-sha256}$2a$10$");
	}

	private MvcTestResult create(String username, String password) {
		return this.mvc.post()
			.uri("/admin/accounts")
			.with(csrf())
			.with(admin("boss"))
			.params(form("username", username, "displayName", "Editor " + username, "role", "EDITOR", "password",
					password))
			.exchange();
	}

	private MvcTestResult reset(long id, String password) {
		return this.mvc.post()
			.uri("/admin/accounts/{id}/password", id)
			.with(csrf())
			.with(admin("boss"))
			.param("password", password)
			.param("resetSummary", "Reset in a test")
			.param("version",
					String
						.valueOf(this.jdbc.queryForObject("select version from account where id = ?", Long.class, id)))
			.exchange();
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

}
