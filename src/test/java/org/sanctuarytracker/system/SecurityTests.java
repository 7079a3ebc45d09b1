package org.sanctuarytracker.system;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors read every public page and can change nothing; pages carry the
 * security headers.
 */
@TrackerTest
class SecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldLetAnonymousVisitorsReadEveryPublicPage() {
		for (String page : new String[] { "/", "/jurisdictions", "/jurisdictions/chicago-il", "/statements",
				"/people/brandon-johnson", "/actuator/health" }) {
			assertThat(this.mvc.get().uri(page)).as(page).hasStatusOk();
		}
	}

	@Test
	void shouldRefuseChangesFromAnonymousVisitors() {
		assertThat(this.mvc.post().uri("/jurisdictions")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.delete().uri("/jurisdictions/chicago-il")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldSendSecurityHeaders() {
		assertThat(this.mvc.get().uri("/")).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
			.hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void shouldReportTheDatabaseInHealth() {
		assertThat(this.mvc.get().uri("/actuator/health")).bodyJson()
			.extractingPath("$.components.db.status")
			.isEqualTo("UP");
	}

}
