package org.sanctuarytracker.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Login throttling under real concurrent sign-ins against the database: the limits per
 * account and per address hold exactly with a hundred parallel attempts, never a 500, a
 * throttled address still lets a correct password in, and ended windows are forgotten.
 */
@TrackerTest
class LoginThrottleTests {

	private static final String PASSWORD = "correct horse battery";

	private static final int PARALLEL = 100;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldCheckExactlyFivePasswordsWhenAHundredWrongOnesForOneAccountArriveAtOnce() throws Exception {
		String username = createEditor();
		Map<String, Integer> outcomes = parallel(PARALLEL,
				(i) -> login(username, "wrong password " + i, uniqueAddress()));

		assertThat(outcomes).as("outcomes").containsOnlyKeys("/login?error", "/login?locked");
		assertThat(outcomes.get("/login?error")).as("passwords checked").isEqualTo(5);
		assertThat(outcomes.get("/login?locked")).isEqualTo(PARALLEL - 5);
		assertThat(this.jdbc.queryForObject("select locked_until is not null from account where username = ?",
				Boolean.class, username))
			.isTrue();
	}

	@Test
	void shouldCountExactlyTwentyFailuresFromOneAddressWhenAHundredArriveAtOnce() throws Exception {
		String address = uniqueAddress();
		Map<String, Integer> outcomes = parallel(PARALLEL,
				(i) -> login(uniqueUsername("nobody"), "guess " + i, address));

		assertThat(outcomes).as("outcomes").containsOnlyKeys("/login?error", "/login?throttled");
		assertThat(outcomes.get("/login?error")).as("attempts within the address limit").isEqualTo(20);
		assertThat(outcomes.get("/login?throttled")).isEqualTo(PARALLEL - 20);
		assertThat(this.jdbc.queryForObject("select attempt_count from login_address where address = ?", Integer.class,
				address))
			.isEqualTo(PARALLEL);
	}

	@Test
	void shouldSignInCorrectPasswordsSentAmidABurstOfFailuresFromTheSameAddress() throws Exception {
		String address = uniqueAddress();
		List<String> editors = List.of(createEditor(), createEditor(), createEditor());
		Map<String, Integer> outcomes = parallel(60 + editors.size(), (i) -> (i < editors.size())
				? login(editors.get(i), PASSWORD, address) : login(uniqueUsername("nobody"), "guess " + i, address));

		assertThat(outcomes).as("outcomes").containsEntry("/", editors.size()).doesNotContainKey("status 500");
	}

	@Test
	void shouldLetACorrectPasswordThroughAThrottledAddressButLockAnAccountGuessedFromIt() {
		String colleague = createEditor();
		String guessed = createEditor();
		String proxy = uniqueAddress();
		for (int i = 0; i < 20; i++) {
			assertThat(login(uniqueUsername("nobody"), "guess " + i, proxy)).as("attempt " + (i + 1))
				.hasRedirectedUrl("/login?error");
		}

		assertThat(login(colleague, PASSWORD, proxy)).as("a colleague behind the same proxy").hasRedirectedUrl("/");
		assertThat(login(guessed, "one wrong guess", proxy)).hasRedirectedUrl("/login?throttled");
		assertThat(this.mvc.get().uri("/login?throttled")).bodyText()
			.contains("Too many failed sign-ins from this address.");
		assertThat(login(guessed, PASSWORD, uniqueAddress())).as("the guessed account is locked everywhere")
			.hasRedirectedUrl("/login?locked");
		assertThat(login(colleague, PASSWORD, proxy)).as("the colleague is not").hasRedirectedUrl("/");
	}

	@Test
	void shouldForgetAddressesWhoseWindowHasEnded() {
		String old = uniqueAddress();
		this.jdbc.update("insert into login_address (address, attempt_count, window_ends) values (?, 20, ?)", old,
				Timestamp.from(Instant.now().minusSeconds(1)));

		login(uniqueUsername("nobody"), "a guess", uniqueAddress());

		assertThat(this.jdbc.queryForObject("select count(*) from login_address where address = ?", Long.class, old))
			.isZero();
	}

	@Test
	void shouldStartANewWindowForAnAddressWhoseWindowHasEnded() {
		String address = uniqueAddress();
		this.jdbc.update("insert into login_address (address, attempt_count, window_ends) values (?, 500, ?)", address,
				Timestamp.from(Instant.now().minusSeconds(1)));

		assertThat(login(uniqueUsername("nobody"), "a guess", address)).hasRedirectedUrl("/login?error");
		assertThat(this.jdbc.queryForObject("select attempt_count from login_address where address = ?", Integer.class,
				address))
			.isOne();
	}

	/**
	 * Runs the attempts at once, each on its own thread, and counts their outcomes by
	 * redirect (or by status when there is none).
	 */
	private Map<String, Integer> parallel(int count, IntFunction<MvcTestResult> attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<MvcTestResult>> results = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				results.add(pool.submit(() -> {
					start.await();
					return attempt.apply(n);
				}));
			}
			start.countDown();
			Map<String, Integer> outcomes = new TreeMap<>();
			for (Future<MvcTestResult> result : results) {
				MvcTestResult done = result.get(120, TimeUnit.SECONDS);
				String redirect = done.getResponse().getRedirectedUrl();
				String outcome = (redirect != null) ? redirect : "status " + done.getResponse().getStatus();
				outcomes.merge(outcome, 1, Integer::sum);
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
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

}
