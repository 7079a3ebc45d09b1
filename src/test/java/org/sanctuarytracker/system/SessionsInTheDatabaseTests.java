package org.sanctuarytracker.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.TrackerApplication;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, table from V50), so a second app
 * instance on the same database knows an editor signed in on the first, every attribute
 * the app keeps in a session survives serialization, and signing out deletes the row.
 */
@TrackerTest
class SessionsInTheDatabaseTests {

	private static final String PASSWORD = "correct horse battery";

	private static final String EDIT = "/jurisdictions/chicago-il/edit";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcConnectionDetails database;

	@Test
	void shouldStoreASignedInSessionInTheDatabaseAndDeleteItAtSignOut() throws Exception {
		String username = newEditor();
		MockHttpSession session = new MockHttpSession();

		signIn(session, username);

		assertThat(sessionsOf(username)).isEqualTo(1);
		assertThat(attributesOf(username)).contains("SPRING_SECURITY_CONTEXT");

		String token = csrfToken(this.mvc.get().uri("/").session(session).exchange());
		assertThat(this.mvc.post().uri("/logout").session(session).param("_csrf", token))
			.hasRedirectedUrl("/?loggedOut");
		assertThat(sessionsOf(username)).isZero();
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void shouldStoreEveryAttributeTheAppKeepsInASessionSoThatItReadsBack() throws Exception {
		String username = newEditor();
		MockHttpSession session = new MockHttpSession();
		// Anonymous at an editor's page: the request is saved for after sign-in.
		assertThat(this.mvc.get().uri(EDIT).session(session)).hasRedirectedUrl("/login");
		MvcTestResult loginPage = this.mvc.get().uri("/login").session(session).exchange();
		assertThat(storedAttributes(session)).contains("SPRING_SECURITY_SAVED_REQUEST",
				"org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN");

		assertThat(this.mvc.post()
			.uri("/login")
			.session(session)
			.param("username", username)
			.param("password", PASSWORD)
			.param("_csrf", csrfToken(loginPage))).redirectedUrl().endsWith(EDIT + "?continue");
		MvcTestResult form = this.mvc.get().uri(EDIT).session(session).exchange();
		assertThat(form).hasStatusOk();
		Map<String, String> fields = formFields(form.getResponse().getContentAsString());
		fields.put("summary", "Edited in a session kept in the database " + System.nanoTime());
		fields.put("editSummary", "Session test");
		fields.put("_csrf", csrfToken(form));
		assertThat(this.mvc.post().uri(EDIT).session(session).params(toParams(fields)))
			.hasRedirectedUrl("/jurisdictions/chicago-il");

		// A save's flash message, the account's fingerprint, the security context, the
		// CSRF token: each stored, each deserializing on its own from the stored bytes.
		List<String> names = storedAttributes(session);
		assertThat(names).contains("SPRING_SECURITY_CONTEXT",
				"org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS",
				"org.sanctuarytracker.account.AccountStillValid.fingerprint",
				"org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN");
		DeserializingConverter deserializer = new DeserializingConverter(getClass().getClassLoader());
		for (Map<String, Object> attribute : this.jdbc.queryForList(
				"select a.attribute_name, a.attribute_bytes from spring_session_attributes a "
						+ "join spring_session s on s.primary_id = a.session_primary_id where s.principal_name = ?",
				username)) {
			assertThat(deserializer.convert((byte[]) attribute.get("attribute_bytes")))
				.as((String) attribute.get("attribute_name"))
				.isNotNull();
		}
	}

	@Test
	void shouldKeepAnEditorSignedInOnASecondInstanceOfTheApp() throws Exception {
		String username = newEditor();
		MockHttpSession session = new MockHttpSession();
		MvcTestResult signedIn = signIn(session, username);
		Cookie cookie = signedIn.getResponse().getCookie("SESSION");
		assertThat(cookie).as("the session cookie").isNotNull();
		long revisions = revisions();

		// Another instance: its own JVM state (no session of this one's), the same
		// database.
		try (ConfigurableApplicationContext other = secondInstance()) {
			int port = ((WebServerApplicationContext) other).getWebServer().getPort();
			HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
			HttpResponse<String> form = client
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + EDIT))
					.header("Cookie", "SESSION=" + cookie.getValue())
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(form.statusCode()).as("the editor's form on the other instance").isEqualTo(200);

			Map<String, String> fields = formFields(form.body());
			fields.put("summary", "Saved through the other instance " + System.nanoTime());
			fields.put("editSummary", "Second instance");
			fields.put("_csrf", csrfToken(form.body()));
			HttpResponse<String> saved = client
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + EDIT))
					.header("Cookie", "SESSION=" + cookie.getValue())
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields)))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(saved.statusCode()).isEqualTo(302);
			assertThat(saved.headers().firstValue("Location")).hasValue("/jurisdictions/chicago-il");
		}
		assertThat(revisions()).isEqualTo(revisions + 1);
		assertThat(
				this.jdbc.queryForObject("select r.username from revision r order by r.id desc limit 1", String.class))
			.isEqualTo(username);
		// ...and this instance still knows the session too.
		assertThat(this.mvc.get().uri(EDIT).session(session)).hasStatusOk();
	}

	private ConfigurableApplicationContext secondInstance() {
		return new SpringApplicationBuilder(TrackerApplication.class).properties("server.port=0",
				"tracker.database.mode=server", "spring.datasource.url=" + this.database.getJdbcUrl(),
				"spring.datasource.username=" + this.database.getUsername(),
				"spring.datasource.password=" + nullToEmpty(this.database.getPassword()), "spring.main.banner-mode=off")
			.run();
	}

	private MvcTestResult signIn(MockHttpSession session, String username) throws Exception {
		MvcTestResult page = this.mvc.get().uri("/login").session(session).exchange();
		MvcTestResult signedIn = this.mvc.post()
			.uri("/login")
			.session(session)
			.param("username", username)
			.param("password", PASSWORD)
			.param("_csrf", csrfToken(page))
			.exchange();
		assertThat(signedIn).hasRedirectedUrl("/");
		return signedIn;
	}

	private String newEditor() {
		String username = Fixtures.unique("session-editor");
		this.jdbc.update("insert into account (username, password_hash, display_name, role) values (?, ?, ?, 'EDITOR')",
				username, this.passwordEncoder.encode(PASSWORD), username);
		return username;
	}

	private long sessionsOf(String username) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				username);
	}

	private List<String> attributesOf(String username) {
		return this.jdbc.queryForList(
				"select a.attribute_name from spring_session_attributes a "
						+ "join spring_session s on s.primary_id = a.session_primary_id where s.principal_name = ?",
				String.class, username);
	}

	/** The attribute names stored for the session a mock session stands for. */
	private List<String> storedAttributes(MockHttpSession session) {
		List<String> names = Collections.list(session.getAttributeNames());
		assertThat(names).as("the session was stored").isNotEmpty();
		return names;
	}

	private long revisions() {
		return this.jdbc.queryForObject("select count(*) from revision", Long.class);
	}

	private static String csrfToken(MvcTestResult page) throws Exception {
		return csrfToken(page.getResponse().getContentAsString());
	}

	private static String csrfToken(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("the page carries a CSRF token").isTrue();
		return token.group(1);
	}

	/**
	 * The values of a page's main form as a browser would send them (no button pressed),
	 * without its CSRF token.
	 */
	private static Map<String, String> formFields(String page) {
		FormElement form = Jsoup.parse(page, "http://localhost").select("main form[method=post]").forms().get(0);
		assertThat(form.attr("action")).isEqualTo(EDIT);
		Set<String> buttons = Set.copyOf(form.select("button[name], input[type=submit][name]").eachAttr("name"));
		Map<String, String> fields = new LinkedHashMap<>();
		form.formData()
			.stream()
			.filter((field) -> !buttons.contains(field.key()) && !field.key().equals("_csrf"))
			.forEach((field) -> fields.putIfAbsent(field.key(), field.value()));
		return fields;
	}

	private static MultiValueMap<String, String> toParams(Map<String, String> fields) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		fields.forEach(params::add);
		return params;
	}

	private static String urlEncoded(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
