package org.sanctuarytracker.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The languages pages are written in, English and Spanish: the one a reader chose with
 * {@code ?lang=es} or {@code ?lang=en}, remembered in the {@value #COOKIE} cookie, else
 * the first of them the browser's {@code Accept-Language} names, else English. Any other
 * language, asked for or remembered, is read as English, so a page never claims a
 * language ({@code <html lang>}) it is not written in.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

	static final String COOKIE = "lang";

	static final String PARAMETER = "lang";

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	/** Spring's name for it: DispatcherServlet looks the resolver up by this name. */
	@Bean(name = "localeResolver")
	LocaleResolver localeResolver() {
		return new ChosenOrBrowserLanguage();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		// ?lang=%%% is no reason for a 500: the page answers in the language it would
		// have anyway.
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	/** The supported language nearest to the one given, English when none is. */
	static Locale supported(Locale locale) {
		if (locale != null) {
			for (Locale supported : SUPPORTED) {
				if (supported.getLanguage().equals(locale.getLanguage())) {
					return supported;
				}
			}
		}
		return Locale.ENGLISH;
	}

	/**
	 * The address of the page being shown, with its query, in another language: the
	 * header's language switch ({@code ${@languageLinks.link('es')}}), a plain link so it
	 * works without JavaScript. On an error page, the address that failed.
	 */
	@Bean
	LanguageLinks languageLinks() {
		return new LanguageLinks();
	}

	public static final class LanguageLinks {

		public String link(String language) {
			if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
				return "/?" + PARAMETER + "=" + language;
			}
			HttpServletRequest request = attributes.getRequest();
			String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String query = null;
			if (uri == null) {
				uri = request.getRequestURI();
				query = request.getQueryString();
			}
			// One leading slash: "//host/..." would be a link to another site.
			String path = "/" + ((uri != null) ? uri.replaceFirst("^/+", "") : "");
			try {
				return UriComponentsBuilder.fromUriString(path + ((query != null) ? "?" + query : ""))
					.replaceQueryParam(PARAMETER, language)
					.build(true)
					.toUriString();
			}
			catch (IllegalArgumentException ex) {
				// A query not encoded as it should be: the page itself, in that language.
				return UriComponentsBuilder.fromPath(path).queryParam(PARAMETER, language).build().toUriString();
			}
		}

	}

	/**
	 * Spring's cookie resolver, falling back to the browser's languages among the
	 * supported ones, and keeping to those whatever the cookie or the parameter says.
	 */
	static final class ChosenOrBrowserLanguage extends CookieLocaleResolver {

		ChosenOrBrowserLanguage() {
			super(COOKIE);
			AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
			browser.setSupportedLocales(SUPPORTED);
			browser.setDefaultLocale(Locale.ENGLISH);
			setDefaultLocaleFunction((request) -> supported(browser.resolveLocale(request)));
			setCookieMaxAge(Duration.ofDays(365));
			setCookieHttpOnly(true);
			setCookieSameSite("Lax");
			// A cookie that is no language (lang=%%) is ignored, not a 500: the reader
			// gets the browser's language.
			setRejectInvalidCookies(false);
		}

		@Override
		protected @Nullable Locale parseLocaleValue(String value) {
			Locale locale = super.parseLocaleValue(value);
			return (locale != null) ? supported(locale) : null;
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable LocaleContext localeContext) {
			Locale locale = (localeContext != null) ? localeContext.getLocale() : null;
			super.setLocaleContext(request, response,
					(locale != null) ? new SimpleLocaleContext(supported(locale)) : localeContext);
		}

	}

}
