package org.sanctuarytracker.support;

import java.io.UnsupportedEncodingException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the editing tests share: signed-in editors and administrators with names of their
 * own, client addresses of their own, records made through the forms (so they have a
 * history), and reading the values and errors a form was rendered with.
 */
public final class EditingSupport {

	// Addresses in 10.0.0.0/8, from a random start so repeated runs in one JVM differ
	// too.
	private static final AtomicInteger addresses = new AtomicInteger(
			ThreadLocalRandom.current().nextInt(1 << 16, 1 << 23));

	private EditingSupport() {
	}

	/** A username nobody else uses (lower case, as the change filters expect). */
	public static String uniqueUsername(String prefix) {
		return Fixtures.unique(prefix);
	}

	public static RequestPostProcessor editor(String username) {
		return user(username).roles("EDITOR");
	}

	public static RequestPostProcessor admin(String username) {
		return user(username).roles("ADMIN");
	}

	/**
	 * A client address no other test uses, so per-address login throttling stays apart.
	 */
	public static String uniqueAddress() {
		int n = addresses.incrementAndGet();
		return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
	}

	public static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** Form parameters from name, value pairs. */
	public static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String redirectOf(MvcTestResult result) {
		return result.getResponse().getRedirectedUrl();
	}

	/**
	 * The name of a test jurisdiction: sorted after every jurisdiction of the demo
	 * dataset, so lists paged by name keep showing the demo ones first.
	 */
	public static String jurisdictionName(String slug) {
		return "Zz test " + slug;
	}

	/** Writes a test jurisdiction (state ZZ) with the name above; returns its id. */
	public static long jurisdiction(Fixtures fixtures, JdbcTemplate jdbc, String slug) {
		long id = fixtures.jurisdiction(slug, "CITY", "ZZ");
		jdbc.update("update jurisdiction set name = ? where id = ?", jurisdictionName(slug), id);
		return id;
	}

	/** Creates a jurisdiction through its form, so it has a history from the start. */
	public static void createJurisdiction(MockMvcTester mvc, String username, String slug, String summary) {
		MvcTestResult result = mvc.post()
			.uri("/jurisdictions/new")
			.with(csrf())
			.with(editor(username))
			.params(form("kind", "CITY", "name", jurisdictionName(slug), "slug", slug, "stateCode", "ZZ", "status",
					"UNASSESSED", "editSummary", summary))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/jurisdictions/" + slug);
	}

	/**
	 * Creates a person through the form, so they have a history (history pages show
	 * them).
	 */
	public static void createPerson(MockMvcTester mvc, String username, String slug) {
		MvcTestResult result = mvc.post()
			.uri("/people/new")
			.with(csrf())
			.with(editor(username))
			.params(form("name", "Person " + slug, "slug", slug, "editSummary", "Added the speaker"))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/people/" + slug);
	}

	/** Creates a source through the form; returns its id. */
	public static long createSource(MockMvcTester mvc, String username, String title) {
		MvcTestResult result = mvc.post()
			.uri("/sources/new")
			.with(csrf())
			.with(editor(username))
			.params(form("title", title, "editSummary", "Added the source"))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/sources/");
		return trailingId(redirectOf(result));
	}

	/** Creates a statement through its form; returns its id. */
	public static long createStatement(MockMvcTester mvc, String username, String jurisdiction, String person,
			long source, String quote, String summary) {
		MvcTestResult result = mvc.post()
			.uri("/jurisdictions/{slug}/statements/new", jurisdiction)
			.with(csrf())
			.with(editor(username))
			.params(form("person", person, "jurisdiction", jurisdiction, "statedOn", "2024-11", "quote", quote,
					"stance", "NEUTRAL", "sourceIds", String.valueOf(source), "editSummary", summary))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return trailingId(redirectOf(result));
	}

	/** The id at the end of a redirect such as /jurisdictions/x#statement-42. */
	public static long trailingId(String url) {
		Matcher matcher = Pattern.compile("(\\d+)$").matcher(url);
		if (!matcher.find()) {
			throw new AssertionError("No id at the end of " + url);
		}
		return Long.parseLong(matcher.group(1));
	}

	/** The opening tag of the form control named {@code name}, or null. */
	public static String control(String html, String name) {
		Matcher matcher = Pattern
			.compile("<(input|textarea|select)\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>", Pattern.DOTALL)
			.matcher(html);
		return matcher.find() ? matcher.group() : null;
	}

	/**
	 * The value a form control shows: an input's value attribute, a textarea's text, a
	 * select's selected option.
	 */
	public static String valueOf(String html, String name) {
		String quoted = Pattern.quote(name);
		Matcher input = Pattern.compile("<input\\b[^>]*\\bname=\"" + quoted + "\"[^>]*>").matcher(html);
		if (input.find()) {
			Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
			return value.find() ? value.group(1) : "";
		}
		Matcher textarea = Pattern
			.compile("<textarea\\b[^>]*\\bname=\"" + quoted + "\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
			.matcher(html);
		if (textarea.find()) {
			return textarea.group(1);
		}
		Matcher select = Pattern
			.compile("<select\\b[^>]*\\bname=\"" + quoted + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(html);
		if (select.find()) {
			Matcher selected = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*selected=\"selected\"")
				.matcher(select.group(1));
			return selected.find() ? selected.group(1) : "";
		}
		throw new AssertionError("No form control named " + name + " in the page");
	}

	/**
	 * The error message shown at the form control named {@code name} (the
	 * invalid-feedback right after it), or null when it has none.
	 */
	public static String errorAt(String html, String name) {
		String control = control(html, name);
		if (control == null) {
			throw new AssertionError("No form control named " + name + " in the page");
		}
		int end = html.indexOf(control) + control.length();
		Matcher next = Pattern
			.compile("<(input|textarea|select)\\b|<div class=\"invalid-feedback\">(.*?)</div>", Pattern.DOTALL)
			.matcher(html);
		// A textarea or a select ends after its content.
		int from = end;
		if (control.startsWith("<textarea")) {
			from = html.indexOf("</textarea>", end);
		}
		else if (control.startsWith("<select")) {
			from = html.indexOf("</select>", end);
		}
		if (next.find(from) && next.group(2) != null) {
			return next.group(2).strip();
		}
		return null;
	}

}
