package org.sanctuarytracker.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.sanctuarytracker.TrackerApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.stereotype.Controller;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as an operator runs it: a JVM of its own with JSON logs
 * ({@code logging.structured.format.console=ecs}), on a PostgreSQL of its own (the real
 * server, zonky's binaries, on a port of this test's choosing) that the test stops and
 * starts again. A database outage is a 503 page (and 503 health and readiness) within a
 * second, service is back within two of the database's return; client errors log one line
 * without a stack trace; every answer and log line carries the request's id.
 * <p>
 * A JVM of its own because logging is set up once per JVM: the JSON format would not
 * apply in one the other tests have already started, nor leave theirs alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunningAppTests {

	private static final Duration STARTUP = Duration.ofMinutes(4);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final int ROUNDS = 5;

	private static final List<String> log = new CopyOnWriteArrayList<>();

	private static final Map<String, List<Long>> timings = new ConcurrentHashMap<>();

	private static Path folder;

	private static int databasePort;

	private static EmbeddedPostgres database;

	private static Process app;

	private static String base;

	@BeforeAll
	static void startDatabaseAndApp() throws Exception {
		folder = Files.createTempDirectory("tracker-outage");
		databasePort = freePort();
		database = startDatabase();
		int appPort = freePort();
		base = "http://127.0.0.1:" + appPort;
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// C1 alone (TieredStopAtLevel=1): a JVM that starts sooner, for a test of a few
		// requests rather than of throughput.
		app = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), OperatorsApp.class.getName(), "--server.port=" + appPort,
				"--server.address=127.0.0.1", "--tracker.database.mode=server",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--tracker.demo-data.enabled=false",
				"--logging.structured.format.console=ecs")
			.redirectErrorStream(true)
			.start();
		// Not left running should this JVM end before the tests do.
		Process started = app;
		Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
		Thread reader = new Thread(() -> readLog(app), "app-log");
		reader.setDaemon(true);
		reader.start();
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline && app.isAlive()) {
			if (answers("/actuator/health/readiness")) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The app did not start:\n" + String.join("\n", tail(60)));
	}

	@AfterAll
	static void stopAppAndDropDatabase() throws Exception {
		if (app != null) {
			app.destroy();
			app.waitFor();
			// For a failure's post-mortem.
			Files.write(Path.of("target", "running-app.log"), log);
		}
		if (database != null) {
			database.close();
		}
		FileSystemUtils.deleteRecursively(folder);
	}

	@Test
	@Order(1)
	void shouldGiveEveryAnswerARequestIdAndKeepOnlyAPlainOneFromTheClient() throws Exception {
		HttpResponse<String> generated = get("/statements", "text/html");
		String id = generated.headers().firstValue(RequestIds.HEADER).orElseThrow();
		assertThat(id).matches("[0-9A-Z]{12}");
		HttpResponse<String> kept = send(
				request("/statements", "text/html").header(RequestIds.HEADER, "nginx-0123456789abcdef"));
		assertThat(kept.headers().firstValue(RequestIds.HEADER)).contains("nginx-0123456789abcdef");
		HttpResponse<String> replaced = send(
				request("/statements", "text/html").header(RequestIds.HEADER, "x\"}{evil: \\u0000"));
		assertThat(replaced.headers().firstValue(RequestIds.HEADER).orElseThrow()).matches("[0-9A-Z]{12}");
	}

	@Test
	@Order(2)
	void shouldAnswerAMalformedQueryWith400AndOneQuietLine() throws Exception {
		int before = log.size();
		// Sent as typed: no HTTP client of Java's sends an invalid %-escape.
		String response = raw("GET /statements?q=%ZZ HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
				+ "Connection: close\r\n\r\n");
		String id = response.replaceFirst("(?s).*\r\nX-Request-Id: ([^\r]+)\r\n.*", "$1");
		assertThat(response).startsWith("HTTP/1.1 400")
			.contains("X-Content-Type-Options: nosniff", "Content-Security-Policy: ",
					"The request could not be understood", "Reference: " + id);
		// The client's mistake is a DEBUG line: nothing at the default level.
		Thread.sleep(500);
		assertThat(log.subList(before, log.size()))
			.allSatisfy((line) -> assertThat(line).doesNotContain("\"ERROR\"", "stack_trace", "%ZZ"));
	}

	@Test
	@Order(2)
	void shouldGiveTheRequestsTomcatRefusesItselfTheSecurityHeaders() throws Exception {
		String response = raw("GET /%ZZ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400")
			.contains("X-Content-Type-Options: nosniff", "X-Frame-Options: DENY", "Content-Security-Policy: ")
			.doesNotContain("Apache Tomcat/");
	}

	@Test
	@Order(3)
	void shouldShowTheReferenceOnThe500PageAndLogTheFailureUnderIt() throws Exception {
		HttpResponse<String> page = get("/test-failure", "text/html");
		String id = page.headers().firstValue(RequestIds.HEADER).orElseThrow();
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Something went wrong on our side", "Reference: " + id)
			.doesNotContain("IllegalStateException");
		HttpResponse<String> json = get("/test-failure", "application/json");
		String jsonId = json.headers().firstValue(RequestIds.HEADER).orElseThrow();
		assertThat(json.statusCode()).isEqualTo(500);
		assertThat(json.body()).contains("\"reference\":\"" + jsonId + "\"");
		awaitRequestLogged(id);
		// The bug is logged once, at ERROR, with its stack trace, under the request's id.
		assertThat(linesOf(id)).filteredOn((line) -> line.contains("\"ERROR\""))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("stack_trace", FailingPage.WHY));
	}

	@Test
	@Order(4)
	void shouldAnswerGetErrorLikeAnyUnknownPage() throws Exception {
		HttpResponse<String> error = get("/error", "text/html");
		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(error.body()).contains("There is no page at this address.");
		assertThat(error.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(get("/error", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	@Order(5)
	void shouldAnswer503WithinASecondWhileTheDatabaseIsDownAndRecoverWithinTwo() throws Exception {
		assertThat(get("/statements", "text/html").statusCode()).isEqualTo(200);
		// Readers keep coming through the outage and the return, as on a live site, so a
		// request always waits for a connection and the pool keeps retrying the dead
		// server (with a back-off Hikari would let grow to 5 s).
		Thread readers = steadyReaders();
		database.close();
		List<String> ids = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			HttpResponse<String> page = timed("/statements", "text/html", 503);
			String id = page.headers().firstValue(RequestIds.HEADER).orElseThrow();
			ids.add(id);
			assertThat(page.headers().firstValue("Retry-After")).contains("5");
			assertThat(page.body()).contains("The tracker is briefly unavailable", "try again", "Reference: " + id,
					"/assets/css/tracker-");
			HttpResponse<String> api = timed("/api/v1/jurisdictions", "application/json", 503);
			assertThat(api.body()).contains("\"status\":503",
					"\"reference\":\"" + api.headers().firstValue(RequestIds.HEADER).orElseThrow() + "\"");
			assertThat(timed("/actuator/health", "application/json", 503).body()).contains("DOWN");
			assertThat(timed("/actuator/health/readiness", "application/json", 503).body()).contains("DOWN");
			// Liveness is the process alone: an outage must not get the app restarted.
			assertThat(timed("/actuator/health/liveness", "application/json", 200).body()).contains("UP");
		}
		// Each answer within a second of what the outage adds, allowing for a busy build
		// machine: each page's median answer less the median answer of liveness (which
		// needs no database) below a second, and none above two (it was five).
		long machine = median(timings.get("/actuator/health/liveness"));
		timings.forEach((path, millis) -> {
			assertThat(millis).as("milliseconds to answer " + path)
				.allSatisfy((each) -> assertThat(each).isLessThan(2000));
			assertThat(median(millis) - machine).as("median milliseconds the outage adds to " + path).isLessThan(1000);
		});
		awaitRequestLogged(ids.get(0));
		assertThat(linesOf(ids.get(0))).filteredOn((line) -> line.contains("Database unavailable"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("\"WARN\"").doesNotContain("stack_trace"));

		database = startDatabase();
		long back = System.nanoTime();
		// Recovered when a page asked for after the database's return is served: asked
		// for within the first two seconds (a request may wait for its connection, then
		// take as long as a page takes on a server that has just started).
		long askedAt;
		int status;
		do {
			askedAt = elapsedMillis(back);
			long start = System.nanoTime();
			status = get("/statements", "text/html").statusCode();
			System.out.println("/statements asked " + askedAt + " ms after PostgreSQL was back: " + status + " in "
					+ elapsedMillis(start) + " ms");
			assertThat(askedAt).as("milliseconds to recover").isLessThan(2000);
		}
		while (status != 200);
		readers.interrupt();
		readers.join();
		assertThat(get("/actuator/health/readiness", "application/json").body()).contains("UP");
	}

	private static Thread steadyReaders() {
		Thread readers = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try {
					get("/api/v1/jurisdictions", "application/json");
					Thread.sleep(50);
				}
				catch (InterruptedException stopped) {
					return;
				}
				catch (Exception ignored) {
					// A reader's failure is not what this test measures.
				}
			}
		}, "steady-readers");
		readers.setDaemon(true);
		readers.start();
		return readers;
	}

	/**
	 * The app plus a page that fails as a bug would. The test classes are on its class
	 * path (for this class), but none of their components is scanned into the app.
	 */
	public static final class OperatorsApp {

		public static void main(String[] args) {
			SpringApplication application = new SpringApplication(TrackerApplication.class, FailingPage.class);
			application.addInitializers((context) -> context.getBeanFactory()
				.registerSingleton("noTestComponents", new NoTestComponents()));
			application.run(args);
		}

	}

	static final class NoTestComponents extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURI().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof NoTestComponents;
		}

		@Override
		public int hashCode() {
			return NoTestComponents.class.hashCode();
		}

	}

	/** A page that fails as a bug would, to see the 500 page and its log line. */
	@Controller
	public static class FailingPage {

		static final String WHY = "a bug, for the test";

		@GetMapping("/test-failure")
		String fail() {
			throw new IllegalStateException(WHY);
		}

	}

	private static HttpResponse<String> timed(String path, String accept, int status) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = get(path, accept);
		long millis = elapsedMillis(start);
		System.out.println(path + " answered " + response.statusCode() + " in " + millis + " ms");
		timings.computeIfAbsent(path, (key) -> new ArrayList<>()).add(millis);
		String id = response.headers().firstValue(RequestIds.HEADER).orElse("?");
		assertThat(response.statusCode()).as(() -> path + ", logged as:\n" + String.join("\n", linesOf(id)))
			.isEqualTo(status);
		return response;
	}

	private static EmbeddedPostgres startDatabase() throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(folder.resolve("data"))
			.setCleanDataDirectory(false)
			.setPort(databasePort)
			.setPGStartupWait(Duration.ofMinutes(1))
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("unix_socket_directories", "''")
			.setLocaleConfig("locale", "C.UTF-8")
			.setOutputRedirector(ProcessBuilder.Redirect.appendTo(folder.resolve("postgres.log").toFile()))
			.setErrorRedirector(ProcessBuilder.Redirect.appendTo(folder.resolve("postgres.log").toFile()))
			.start();
	}

	private static String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", URI.create(base).getPort())) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static HttpRequest.Builder request(String path, String accept) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).timeout(Duration.ofSeconds(30));
	}

	private static HttpResponse<String> get(String path, String accept) throws Exception {
		return send(request(path, accept));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static boolean answers(String path) {
		try {
			return get(path, "application/json").statusCode() == 200;
		}
		catch (Exception ex) {
			return false;
		}
	}

	// The log is read from the app's output as it comes.
	private static void awaitRequestLogged(String id) throws InterruptedException {
		Thread.sleep(300);
		assertThat(linesOf(id)).as("log lines of request " + id).isNotEmpty();
	}

	private static List<String> linesOf(String id) {
		return log.stream().filter((line) -> line.contains("\"requestId\":\"" + id + "\"")).toList();
	}

	private static void readLog(Process process) {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null) {
				log.add(line);
			}
		}
		catch (IOException ex) {
			// The app is gone.
		}
	}

	private static List<String> tail(int lines) {
		return log.subList(Math.max(0, log.size() - lines), log.size());
	}

	private static long median(List<Long> millis) {
		return millis.stream().sorted().toList().get(millis.size() / 2);
	}

	private static long elapsedMillis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
