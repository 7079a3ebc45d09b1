package org.sanctuarytracker.system;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages in English or Spanish: chosen with ?lang= and remembered in a cookie, else from
 * the browser's Accept-Language; any other language reads English. The page cache never
 * gives a reader a page in the other language.
 */
@TrackerTest
class LanguagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldAnswerInSpanishWhenAskedAndRememberItInACookie() {
		MvcTestResult page = this.mvc.get().uri("/?lang=es").exchange();
		assertThat(page).hasStatusOk().cookies().hasValue(Languages.COOKIE, "es");
		assertSpanish(page.getResponse());
		assertThat(page.getResponse().getCookie(Languages.COOKIE).isHttpOnly()).isTrue();
		assertThat(page.getResponse().getCookie(Languages.COOKIE).getMaxAge()).isPositive();

		MvcTestResult remembered = this.mvc.get()
			.uri("/jurisdictions")
			.cookie(new Cookie(Languages.COOKIE, "es"))
			.exchange();
		assertThat(remembered).hasStatusOk();
		assertSpanish(remembered.getResponse());
		assertThat(remembered.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();

		MvcTestResult back = this.mvc.get()
			.uri("/jurisdictions?lang=en")
			.cookie(new Cookie(Languages.COOKIE, "es"))
			.exchange();
		assertThat(back).hasStatusOk().cookies().hasValue(Languages.COOKIE, "en");
		assertEnglish(back.getResponse());
	}

	@Test
	void shouldShowTheDataDictionaryInTheReadersLanguage() throws Exception {
		String spanish = this.mvc.get().uri("/export?lang=es").exchange().getResponse().getContentAsString();
		assertThat(spanish)
			.contains("Identificador numérico estable", ">Jurisdicciones<",
					"La evaluación de los editores (una evaluación, no una categoría jurídica)")
			.doesNotContain("Stable numeric id");
		String english = this.mvc.get().uri("/export?lang=en").exchange().getResponse().getContentAsString();
		assertThat(english).contains("Stable numeric id",
				"The editors&#39; assessment (an assessment, not a legal category)");
	}

	@Test
	void shouldFollowTheBrowsersLanguagesWhenNoneWasChosen() {
		MvcTestResult mexico = this.mvc.get()
			.uri("/")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es-MX,es;q=0.9,en;q=0.5")
			.exchange();
		assertThat(mexico).hasStatusOk();
		assertSpanish(mexico.getResponse());
		assertThat(mexico.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();

		MvcTestResult secondChoice = this.mvc.get()
			.uri("/")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,es;q=0.8")
			.exchange();
		assertSpanish(secondChoice.getResponse());

		MvcTestResult chosenOverBrowser = this.mvc.get()
			.uri("/")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.cookie(new Cookie(Languages.COOKIE, "en"))
			.exchange();
		assertEnglish(chosenOverBrowser.getResponse());
	}

	@Test
	void shouldAnswerInEnglishInAnyOtherLanguage() {
		assertEnglish(
				this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,de;q=0.8").exchange().getResponse());
		assertEnglish(this.mvc.get().uri("/").exchange().getResponse());
		assertEnglish(this.mvc.get().uri("/").cookie(new Cookie(Languages.COOKIE, "fr")).exchange().getResponse());
		assertEnglish(this.mvc.get().uri("/").cookie(new Cookie(Languages.COOKIE, "%%")).exchange().getResponse());

		MvcTestResult german = this.mvc.get().uri("/?lang=de").exchange();
		assertThat(german).hasStatusOk().cookies().hasValue(Languages.COOKIE, "en");
		assertEnglish(german.getResponse());

		MvcTestResult nonsense = this.mvc.get()
			.uri("/?lang=%25%25")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.exchange();
		assertThat(nonsense).hasStatusOk();
		assertSpanish(nonsense.getResponse());
	}

	@Test
	void shouldLinkToTheSamePageInTheOtherLanguage() {
		assertThat(this.mvc.get().uri("/jurisdictions?status=SANCTUARY&sort=name")).hasStatusOk()
			.bodyText()
			.contains("<a class=\"nav-link\" href=\"/jurisdictions?status=SANCTUARY&amp;sort=name&amp;lang=es\""
					+ " lang=\"es\" hreflang=\"es\">Español</a>")
			.doesNotContain(">English</a>");
		assertThat(this.mvc.get().uri("/jurisdictions?lang=es&status=SANCTUARY")).hasStatusOk()
			.bodyText()
			.contains("<a class=\"nav-link\" href=\"/jurisdictions?status=SANCTUARY&amp;lang=en\""
					+ " lang=\"en\" hreflang=\"en\">English</a>")
			.doesNotContain(">Español</a>");
	}

	@Test
	void shouldWriteAProfileInSpanishWithItsRecordAsEntered() {
		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.hasStatusOk()
			.bodyText()
			.contains("Chicago")
			.contains(">Políticas<")
			.contains(">Lo que dijeron los funcionarios<")
			.containsPattern("[0-9]{1,2} de [a-z]+ de [0-9]{4}");
	}

	@Test
	void shouldTranslateErrorPagesAndValidationMessages() {
		MvcTestResult missing = this.mvc.get()
			.uri("/jurisdictions/no-such-place-zz")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.exchange();
		assertThat(missing).hasStatus(404).bodyText().contains("lang=\"es\"").contains("No encontrada");
		assertThat(this.mvc.get().uri("/jurisdictions?state=123").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.hasStatus(400)
			.bodyText()
			.contains("debe ser un código de estado de dos letras");
	}

	@Test
	void shouldNeverServeACachedPageInTheOtherLanguage() {
		for (int read = 0; read < 2; read++) {
			// Twice: the second English read comes from the page cache.
			assertEnglish(this.mvc.get().uri("/jurisdictions").exchange().getResponse());
		}
		assertSpanish(this.mvc.get()
			.uri("/jurisdictions")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.exchange()
			.getResponse());
		assertSpanish(this.mvc.get()
			.uri("/jurisdictions")
			.cookie(new Cookie(Languages.COOKIE, "es"))
			.exchange()
			.getResponse());
		assertEnglish(this.mvc.get().uri("/jurisdictions").exchange().getResponse());
		assertEnglish(this.mvc.get()
			.uri("/jurisdictions")
			.cookie(new Cookie(Languages.COOKIE, "en"))
			.exchange()
			.getResponse());
	}

	@Test
	void shouldSwitchEvenWhenTheBrowserRevalidatesAPageItKeeps() {
		// A reader who switched to English here before, then back to Spanish, and now
		// follows the English link again: the answer sets the cookie anew, never a 304
		// that would leave the cookie in Spanish.
		MockHttpServletResponse first = this.mvc.get()
			.uri("/jurisdictions?lang=en")
			.cookie(new Cookie(Languages.COOKIE, "es"))
			.exchange()
			.getResponse();
		MvcTestResult again = this.mvc.get()
			.uri("/jurisdictions?lang=en")
			.cookie(new Cookie(Languages.COOKIE, "es"))
			.header(HttpHeaders.IF_NONE_MATCH, String.valueOf(first.getHeader(HttpHeaders.ETAG)))
			.exchange();
		assertThat(again).hasStatusOk().cookies().hasValue(Languages.COOKIE, "en");
	}

	private static void assertSpanish(MockHttpServletResponse page) {
		assertThat(contentOf(page)).contains("<html lang=\"es\">")
			.contains(">Inicio</a>")
			.contains(">Jurisdicciones</a>")
			.contains(">Declaraciones</a>")
			// A status badge (the home page's counts) or the list's status filter (its
			// first page is reference counties, all not assessed).
			.containsPattern("(status-SANCTUARY\">Santuario</span>|value=\"SANCTUARY\">Santuario</option>)")
			.doesNotContain(">Home</a>");
	}

	private static void assertEnglish(MockHttpServletResponse page) {
		assertThat(contentOf(page)).contains("<html lang=\"en\">")
			.contains(">Home</a>")
			.contains(">Jurisdictions</a>")
			.containsPattern("(status-SANCTUARY\">Sanctuary</span>|value=\"SANCTUARY\">Sanctuary</option>)")
			.doesNotContain(">Inicio</a>");
	}

	private static String contentOf(MockHttpServletResponse page) {
		try {
			return page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
