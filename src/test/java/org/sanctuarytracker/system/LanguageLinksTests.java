package org.sanctuarytracker.system;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header's language switch links to the page being read, its query kept, on this site
 * only.
 */
class LanguageLinksTests {

	private final Languages.LanguageLinks links = new Languages.LanguageLinks();

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void shouldKeepThePageAndItsQueryAndReplaceTheLanguage() {
		reading("/statements", "q=%22sanctuary+city%22&lang=en&page=2");
		assertThat(this.links.link("es")).isEqualTo("/statements?q=%22sanctuary+city%22&page=2&lang=es");
		reading("/jurisdictions/chicago-il", null);
		assertThat(this.links.link("es")).isEqualTo("/jurisdictions/chicago-il?lang=es");
	}

	@Test
	void shouldNeverLinkToAnotherSite() {
		reading("//evil.example/phish", "a=1");
		assertThat(this.links.link("es")).isEqualTo("/evil.example/phish?a=1&lang=es");
	}

	@Test
	void shouldLinkAnErrorPageToTheAddressThatFailed() {
		MockHttpServletRequest request = reading("/error", null);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/jurisdictions/nowhere");
		assertThat(this.links.link("en")).isEqualTo("/jurisdictions/nowhere?lang=en");
	}

	@Test
	void shouldLinkThePageItselfWhenItsQueryIsMalformed() {
		reading("/statements", "q=%zz");
		assertThat(this.links.link("es")).isEqualTo("/statements?lang=es");
	}

	private static MockHttpServletRequest reading(String uri, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.setQueryString(query);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return request;
	}

}
