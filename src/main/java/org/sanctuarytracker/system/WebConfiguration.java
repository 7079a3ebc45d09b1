package org.sanctuarytracker.system;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How typed input binds: dates at the precision typed, and every string trimmed and
 * cleaned of control characters, with a blank field read as "not given"; except
 * passwords, which bind exactly as typed (sign-in compares exactly what is typed, so a
 * password changed on the way in could never sign in). Whole numbers, ids included, are
 * read strictly, and absolute links name the public base URL.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	// Whole numbers are read strictly: ASCII digits with an optional minus, nothing
	// around them. Spring's own conversion also takes "+1", " 1", "0x1" and "#1" as 1, so
	// /policies/+1 would answer as /policies/1. An editor, not a converter: the binder
	// falls back to its default number editor when a converter refuses.
	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(PartialDate.class, new PartialDateFormatter());
		registry.addFormatterForFieldAnnotation(new AmountFormatterFactory());
		registry.addFormatterForFieldAnnotation(new ExactDayFormatterFactory());
		registry.addConverterFactory(new CaseInsensitiveCodes());
	}

	static @Nullable Long strictLong(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (!WHOLE_NUMBER.matcher(text).matches()) {
			throw new IllegalArgumentException("Not a whole number: " + text);
		}
		return Long.parseLong(text);
	}

	/**
	 * Absolute links (feeds, export read-mes) name the configured public base URL
	 * ({@code tracker.public-url}), never the Host header a client sent. Without one they
	 * name localhost at the port the request arrived on, which suits development only.
	 */
	@Bean
	FilterRegistrationBean<PublicUrlFilter> publicUrlFilter(@Value("${tracker.public-url:}") String publicUrl) {
		FilterRegistrationBean<PublicUrlFilter> registration = new FilterRegistrationBean<>(
				new PublicUrlFilter(publicUrl.isBlank() ? null : URI.create(publicUrl.strip())));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class PublicUrlFilter extends OncePerRequestFilter {

		private final @Nullable URI publicUrl;

		PublicUrlFilter(@Nullable URI publicUrl) {
			if (publicUrl != null && (publicUrl.getScheme() == null || publicUrl.getHost() == null)) {
				throw new IllegalArgumentException("tracker.public-url must be like https://tracker.example.org");
			}
			this.publicUrl = publicUrl;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String scheme = (this.publicUrl != null) ? this.publicUrl.getScheme() : request.getScheme();
			String host = (this.publicUrl != null) ? this.publicUrl.getHost() : "localhost";
			int port = (this.publicUrl != null) ? portOf(this.publicUrl) : request.getLocalPort();
			chain.doFilter(new HttpServletRequestWrapper(request) {

				@Override
				public String getScheme() {
					return scheme;
				}

				@Override
				public String getServerName() {
					return host;
				}

				@Override
				public int getServerPort() {
					return port;
				}

				@Override
				public StringBuffer getRequestURL() {
					StringBuffer url = new StringBuffer(scheme).append("://").append(host);
					if (port != defaultPort(scheme)) {
						url.append(':').append(port);
					}
					return url.append(getRequestURI());
				}

			}, response);
		}

		private static int portOf(URI url) {
			return (url.getPort() != -1) ? url.getPort() : defaultPort(url.getScheme());
		}

		private static int defaultPort(String scheme) {
			return "https".equalsIgnoreCase(scheme) ? 443 : 80;
		}

	}

	static final class StrictLongEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(strictLong(text));
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? getValue().toString() : "";
		}

	}

	@ControllerAdvice
	static class TrimmedStrings {

		@InitBinder
		void trimStrings(WebDataBinder binder) {
			binder.registerCustomEditor(String.class, new StringTrimmerEditor(true) {
				@Override
				public void setAsText(@Nullable String text) {
					super.setAsText(CleanText.of(text));
				}
			});
			// A formatter that can say what it did not understand gets its own message.
			binder.setBindingErrorProcessor(new WordedBindingErrors());
			AmountEditors.register(binder);
			binder.registerCustomEditor(Long.class, new StrictLongEditor());
			binder.registerCustomEditor(long.class, new StrictLongEditor());
			binder.registerCustomEditor(String.class, "password", new PropertyEditorSupport() {
				@Override
				public void setAsText(String text) {
					setValue(text);
				}
			});
		}

	}

}
