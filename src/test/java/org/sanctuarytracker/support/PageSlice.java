package org.sanctuarytracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.sanctuarytracker.editing.FormFields;
import org.sanctuarytracker.system.FieldWords;
import org.sanctuarytracker.system.Formats;
import org.sanctuarytracker.system.LinkPreviews;
import org.sanctuarytracker.system.PageUrls;
import org.sanctuarytracker.system.Problems;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * An MVC slice of page controllers with no database (their services mocked by the test):
 * the controllers named, rendered by the real templates with the beans the layout and the
 * forms call ({@code @fmt}, {@code @preview}, {@code @urls}, {@code @formFields},
 * {@code @fieldWords}) and the real error pages; a test mocks the services, and
 * {@code PastPages} (the snapshots that pages of the past read). The URL rules are the
 * full-stack tests' (AuthorizationTests, SecurityTests): here every request is allowed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
		// What needs the database: the page cache (which answers from its copy) and the
		// entity manager kept open for past profiles. The pages of the past need
		// PastPages, which a test mocks.
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "org\\.sanctuarytracker\\.system\\.PublicPageCache",
						"org\\.sanctuarytracker\\.reading\\.PastProfileReads" }))
@ImportAutoConfiguration(MultipartAutoConfiguration.class)
@Import({ Problems.class, Formats.class, LinkPreviews.class, PageUrls.class, FormFields.class, FieldWords.class,
		PageSlice.EveryoneMay.class })
public @interface PageSlice {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

	@TestConfiguration(proxyBeanMethods = false)
	class EveryoneMay {

		@Bean
		SecurityFilterChain everyoneMay(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

}
