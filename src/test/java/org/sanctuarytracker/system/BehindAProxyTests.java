package org.sanctuarytracker.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a real port behind a TLS-terminating proxy, as an attacker or the
 * proxy would talk to it (raw HTTP, so any Host header can be sent): no Host header is
 * reflected in a Location header or a feed, absolute links name the public URL, and a
 * request that came over TLS gets a Secure session cookie and HSTS; a burst of sign-ins
 * over real HTTP holds the account's limit and never answers 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tracker.public-url=https://tracker.example.org", "server.forward-headers-strategy=native" })
@Import(TestDatabaseConfiguration.class)
class BehindAProxyTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void shouldNotReflectTheHostHeaderInARedirect() throws IOException {
		String response = get("/import", "Host: evil.example");

		assertThat(statusLine(response)).contains(" 302 ");
		assertThat(header(response, "Location")).isNotNull().doesNotContain("evil.example");
		assertThat(response).doesNotContain("evil.example");
	}

	@Test
	void shouldNotReflectAForwardedHostInARedirect() throws IOException {
		String response = get("/import", "Host: evil.example", "X-Forwarded-Host: evil.example");

		assertThat(header(response, "Location")).isNotNull().doesNotContain("evil.example");
	}

	@Test
	void shouldNameThePublicUrlInTheChangeFeedWhateverTheHostHeader() throws IOException {
		String response = get("/changes.atom", "Host: evil.example");

		assertThat(statusLine(response)).contains(" 200 ");
		assertThat(response).contains("https://tracker.example.org/").doesNotContain("evil.example");
	}

	@Test
	void shouldCiteAPermalinkAtThePublicUrlWhateverTheHostHeader() throws IOException {
		long statement = this.jdbc.queryForObject("select min(id) from statement", Long.class);
		String response = get("/statements/" + statement, "Host: evil.example");

		assertThat(statusLine(response)).contains(" 200 ");
		assertThat(response).contains("https://tracker.example.org/statements/" + statement + " (retrieved ")
			.doesNotContain("evil.example");
	}

	@Test
	void shouldPreviewAPageAndItsSearchFeedAtThePublicUrlWhateverTheHostHeader() throws IOException {
		String profile = get("/jurisdictions/chicago-il", "Host: evil.example");
		assertThat(statusLine(profile)).contains(" 200 ");
		assertThat(profile)
			.contains("<link rel=\"canonical\" href=\"https://tracker.example.org/jurisdictions/chicago-il\">")
			.contains("<meta property=\"og:url\" content=\"https://tracker.example.org/jurisdictions/chicago-il\">")
			.doesNotContain("evil.example");
		String feed = get("/statements.atom?q=sanctuary", "Host: evil.example");
		assertThat(statusLine(feed)).contains(" 200 ");
		assertThat(feed).contains("href=\"https://tracker.example.org/statements.atom?q=sanctuary\"")
			.contains("<id>https://tracker.example.org/statements/")
			.doesNotContain("evil.example");
	}

	@Test
	void shouldSendASecureCookieAndHstsForARequestThatCameOverTls() throws IOException {
		String overTls = get("/login", "Host: tracker.example.org", "X-Forwarded-Proto: https");
		assertThat(header(overTls, "Strict-Transport-Security")).isNotNull().contains("max-age=");
		assertThat(header(overTls, "Set-Cookie")).isNotNull().contains("Secure");

		String plain = get("/login", "Host: tracker.example.org");
		assertThat(header(plain, "Strict-Transport-Security")).isNull();
		assertThat(header(plain, "Set-Cookie")).isNotNull().doesNotContain("Secure");
	}

	@Test
	void shouldAnswerABurstOfSignInsOverRealHttpWithoutA500AndLetTheRightPasswordIn() throws Exception {
		String username = "proxy-burst-" + System.nanoTime() % 1_000_000;
		String colleague = username + "-colleague";
		for (String name : new String[] { username, colleague }) {
			this.jdbc.update(
					"insert into account (username, password_hash, display_name, role) values (?, ?, ?, 'EDITOR')",
					name, this.passwordEncoder.encode(PASSWORD), name);
		}
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String[] attacker = session(client);
		String[] editor = session(client);

		ExecutorService pool = Executors.newFixedThreadPool(41);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<HttpResponse<String>>> wrong = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				int n = i;
				wrong.add(pool.submit(() -> {
					start.await();
					return signIn(client, attacker, username, "wrong guess " + n, "203.0.113." + (n + 1));
				}));
			}
			Future<HttpResponse<String>> right = pool.submit(() -> {
				start.await();
				return signIn(client, editor, colleague, PASSWORD, "198.51.100.7");
			});
			start.countDown();
			Map<String, Integer> outcomes = new TreeMap<>();
			for (Future<HttpResponse<String>> response : wrong) {
				HttpResponse<String> done = response.get(120, TimeUnit.SECONDS);
				outcomes.merge(done.statusCode() + " " + done.headers().firstValue("Location").orElse(""), 1,
						Integer::sum);
			}
			assertThat(outcomes).as("outcomes").containsOnlyKeys("302 /login?error", "302 /login?locked");
			assertThat(outcomes.get("302 /login?error")).as("passwords checked").isEqualTo(5);
			HttpResponse<String> signedIn = right.get(120, TimeUnit.SECONDS);
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A session of the sign-in page: its cookie and its CSRF token. */
	private String[] session(HttpClient client) throws IOException, InterruptedException {
		HttpResponse<String> page = client.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		return new String[] { cookie, token.group(1) };
	}

	private HttpResponse<String> signIn(HttpClient client, String[] session, String username, String password,
			String address) throws IOException, InterruptedException {
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(session[1], StandardCharsets.UTF_8);
		return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
			.header("Cookie", session[0])
			.header("X-Forwarded-For", address)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A raw HTTP/1.1 GET from the loopback address, as a proxy on this machine sends it.
	 */
	private String get(String path, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
	}

	private static String statusLine(String response) {
		return response.substring(0, response.indexOf("\r\n"));
	}

	private static String header(String response, String name) {
		String head = response.substring(0, response.indexOf("\r\n\r\n"));
		for (String line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
				return line.substring(colon + 1).strip();
			}
		}
		return null;
	}

}
