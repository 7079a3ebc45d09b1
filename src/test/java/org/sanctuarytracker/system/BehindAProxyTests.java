package org.sanctuarytracker.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TestDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a real port behind a TLS-terminating proxy, as an attacker or the
 * proxy would talk to it (raw HTTP, so any Host header can be sent): no Host header is
 * reflected in a Location header or a feed, absolute links name the public URL, and a
 * request that came over TLS gets a Secure session cookie and HSTS.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tracker.public-url=https://tracker.example.org", "server.forward-headers-strategy=native" })
@Import(TestDatabaseConfiguration.class)
class BehindAProxyTests {

	@LocalServerPort
	int port;

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
	void shouldSendASecureCookieAndHstsForARequestThatCameOverTls() throws IOException {
		String overTls = get("/login", "Host: tracker.example.org", "X-Forwarded-Proto: https");
		assertThat(header(overTls, "Strict-Transport-Security")).isNotNull().contains("max-age=");
		assertThat(header(overTls, "Set-Cookie")).isNotNull().contains("Secure");

		String plain = get("/login", "Host: tracker.example.org");
		assertThat(header(plain, "Strict-Transport-Security")).isNull();
		assertThat(header(plain, "Set-Cookie")).isNotNull().doesNotContain("Secure");
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
