package org.sanctuarytracker.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.admin;
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.uniqueAddress;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators editing accounts at the same moment, with real concurrent requests
 * against the database: the last enabled administrator stays one, and a stale account
 * edit answers 409 with the input kept, never 500.
 */
@TrackerTest
class AccountConcurrencyTests {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldKeepOneAdministratorWhenTheLastTwoDemoteEachOtherAtOnce() throws Exception {
		String first = createAccount("ADMIN");
		String second = createAccount("ADMIN");
		long firstId = idOf(first);
		long secondId = idOf(second);
		// Only these two may be enabled administrators while the race runs.
		List<Long> others = this.jdbc.queryForList(
				"select id from account where role = 'ADMIN' and enabled and id not in (?, ?)", Long.class, firstId,
				secondId);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			setEnabled(others, false);
			for (int round = 1; round <= 15; round++) {
				MultiValueMap<String, String> demoteFirst = form("editSummary", "Changed in a test", "displayName",
						"First admin", "role", "EDITOR", "enabled", "true", "_enabled", "on", "version",
						versionOf(firstId));
				MultiValueMap<String, String> demoteSecond = form("editSummary", "Changed in a test", "displayName",
						"Second admin", "role", "EDITOR", "enabled", "true", "_enabled", "on", "version",
						versionOf(secondId));
				CyclicBarrier start = new CyclicBarrier(2);
				Future<MvcTestResult> byFirst = pool
					.submit(post(start, "/admin/accounts/" + secondId, first, demoteSecond));
				Future<MvcTestResult> bySecond = pool
					.submit(post(start, "/admin/accounts/" + firstId, second, demoteFirst));
				List<Integer> statuses = List.of(byFirst.get(30, TimeUnit.SECONDS).getResponse().getStatus(),
						bySecond.get(30, TimeUnit.SECONDS).getResponse().getStatus());

				assertThat(enabledAdministrators()).as("round " + round + ": " + statuses).isOne();
				// One demotion went through, the other was refused with the form again.
				assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(302, 200);
				this.jdbc.update("update account set role = 'ADMIN', enabled = true, version = version + 1"
						+ " where id in (?, ?)", firstId, secondId);
			}
		}
		finally {
			pool.shutdownNow();
			setEnabled(others, true);
		}
	}

	@Test
	void shouldAnswerTwoSimultaneousEditsOfOneAccountWithOneSaveAndOne409NeverA500() throws Exception {
		long id = idOf(createAccount("EDITOR"));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 1; round <= 10; round++) {
				String version = versionOf(id);
				CyclicBarrier start = new CyclicBarrier(2);
				Future<MvcTestResult> one = pool.submit(post(start, "/admin/accounts/" + id, "boss-one",
						form("editSummary", "Changed in a test", "displayName", "Renamed by one " + round, "role",
								"EDITOR", "enabled", "true", "_enabled", "on", "version", version)));
				Future<MvcTestResult> two = pool.submit(post(start, "/admin/accounts/" + id, "boss-two",
						form("editSummary", "Changed in a test", "displayName", "Renamed by two " + round, "role",
								"ADMIN", "enabled", "true", "_enabled", "on", "version", version)));
				List<Integer> statuses = List.of(one.get(30, TimeUnit.SECONDS).getResponse().getStatus(),
						two.get(30, TimeUnit.SECONDS).getResponse().getStatus());
				assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(302, 409);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldAnswerAStaleAccountEditWith409ThatKeepsTheInputAndSaysWhoSavedWhat() {
		long id = idOf(createAccount("EDITOR"));
		String version = versionOf(id);
		assertThat(this.mvc.get().uri("/admin/accounts/{id}", id).with(admin("boss"))).bodyText()
			.contains("name=\"version\" value=\"" + version + "\"");
		assertThat(update(id, "boss-first", form("editSummary", "Changed in a test", "displayName", "Saved first",
				"role", "ADMIN", "enabled", "true", "_enabled", "on", "version", version)))
			.hasStatus(HttpStatus.FOUND);

		MvcTestResult stale = update(id, "boss-second", form("editSummary", "Changed in a test", "displayName",
				"Typed second", "role", "EDITOR", "enabled", "true", "_enabled", "on", "version", version));

		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		String html = EditingSupport.body(stale);
		String page = org.springframework.web.util.HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " "))
			.replaceAll("\\s+", " ");
		assertThat(page).contains("Someone else changed this account while you were editing it")
			.contains("boss-first saved it on")
			.contains("Stored now: Saved first")
			.contains("Stored now: Administrator");
		assertThat(html).contains("value=\"Typed second\"")
			.contains("name=\"version\" value=\"" + versionOf(id) + "\"");
		assertThat(this.jdbc.queryForObject("select display_name from account where id = ?", String.class, id))
			.isEqualTo("Saved first");
		assertThat(this.jdbc.queryForObject("select updated_by from account where id = ?", String.class, id))
			.isEqualTo("boss-first");

		// Saving the kept input again, now from the current version, applies it.
		assertThat(
				update(id, "boss-second",
						form("editSummary", "Changed in a test", "displayName", "Typed second", "role", "EDITOR",
								"enabled", "true", "_enabled", "on", "version", versionOf(id))))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, id))
			.isEqualTo("EDITOR");
	}

	@Test
	void shouldAnswerAStalePasswordResetWith409AndResetNothing() {
		String username = createAccount("EDITOR");
		long id = idOf(username);
		String version = versionOf(id);
		assertThat(update(id, "boss-first", form("editSummary", "Changed in a test", "displayName", "Renamed", "role",
				"EDITOR", "enabled", "true", "_enabled", "on", "version", version)))
			.hasStatus(HttpStatus.FOUND);
		String hash = this.jdbc.queryForObject("select password_hash from account where id = ?", String.class, id);

		MvcTestResult stale = this.mvc.post()
			.uri("/admin/accounts/{id}/password", id)
			.with(csrf())
			.with(admin("boss-second"))
			.params(form("password", "another long passphrase", "resetSummary", "Reset in a test", "version", version))
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		assertThat(stale).bodyText().contains("The password was not reset").contains("boss-first saved it on");
		assertThat(this.jdbc.queryForObject("select password_hash from account where id = ?", String.class, id))
			.isEqualTo(hash);
	}

	@Test
	void shouldNotTakeFailedSignInsForAChangeToTheAccount() {
		String username = createAccount("EDITOR");
		long id = idOf(username);
		String version = versionOf(id);
		for (int i = 0; i < 3; i++) {
			this.mvc.post()
				.uri("/login")
				.servletPath("/login")
				.with(csrf())
				.with(EditingSupport.from(uniqueAddress()))
				.param("username", username)
				.param("password", "wrong password " + i)
				.exchange();
		}
		assertThat(this.jdbc.queryForObject("select failed_login_count from account where id = ?", Integer.class, id))
			.isEqualTo(3);

		assertThat(update(id, "boss", form("editSummary", "Changed in a test", "displayName", "Still editable", "role",
				"EDITOR", "enabled", "true", "_enabled", "on", "version", version)))
			.hasStatus(HttpStatus.FOUND);
	}

	private Callable<MvcTestResult> post(CyclicBarrier start, String uri, String by,
			MultiValueMap<String, String> params) {
		return () -> {
			start.await(10, TimeUnit.SECONDS);
			return this.mvc.post().uri(uri).with(csrf()).with(admin(by)).params(params).exchange();
		};
	}

	private MvcTestResult update(long id, String by, MultiValueMap<String, String> params) {
		return this.mvc.post().uri("/admin/accounts/{id}", id).with(csrf()).with(admin(by)).params(params).exchange();
	}

	private String createAccount(String role) {
		String username = uniqueUsername(role.toLowerCase(java.util.Locale.ROOT));
		assertThat(this.mvc.post()
			.uri("/admin/accounts")
			.with(csrf())
			.with(admin("boss"))
			.params(form("username", username, "displayName", "Account " + username, "role", role, "password",
					PASSWORD)))
			.hasStatus(HttpStatus.FOUND);
		return username;
	}

	private void setEnabled(List<Long> ids, boolean enabled) {
		for (Long id : new ArrayList<>(ids)) {
			this.jdbc.update("update account set enabled = ? where id = ?", enabled, id);
		}
	}

	private long enabledAdministrators() {
		return this.jdbc.queryForObject("select count(*) from account where role = 'ADMIN' and enabled", Long.class);
	}

	private long idOf(String username) {
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	private String versionOf(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from account where id = ?", Long.class, id));
	}

}
