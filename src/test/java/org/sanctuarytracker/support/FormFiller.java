package org.sanctuarytracker.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.redirectOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A signed-in editor who fills in forms as a browser does: opens the form, keeps every
 * value it shows (hidden ones included), changes the fields asked and submits it. Tests
 * written with it name only what they change, so a field added to a form later does not
 * break them.
 */
public final class FormFiller {

	private final MockMvcTester mvc;

	private final String username;

	private final String language;

	public FormFiller(MockMvcTester mvc, String username) {
		this(mvc, username, "en");
	}

	private FormFiller(MockMvcTester mvc, String username, String language) {
		this.mvc = mvc;
		this.username = username;
		this.language = language;
	}

	/** The same editor with a browser set to another language (Accept-Language). */
	public FormFiller inLanguage(String language) {
		return new FormFiller(this.mvc, this.username, language);
	}

	public String username() {
		return this.username;
	}

	/**
	 * Opens the form at {@code formUrl}, sets the given fields (a name given twice sets
	 * two values: checkboxes), submits it and returns where the save redirected.
	 */
	public String submit(String formUrl, String... namesAndValues) {
		MvcTestResult result = send(open(formUrl), formUrl, namesAndValues);
		assertThat(result).as(formUrl + " " + List.of(namesAndValues)).hasStatus(HttpStatus.FOUND);
		return redirectOf(result);
	}

	/** The form page at {@code formUrl}, as this editor sees it. */
	public String open(String formUrl) {
		MvcTestResult page = this.mvc.get()
			.uri(formUrl)
			.locale(java.util.Locale.forLanguageTag(this.language))
			.with(editor(this.username))
			.exchange();
		assertThat(page).as(formUrl).hasStatusOk();
		return body(page);
	}

	/**
	 * Submits the form of a page already shown (the one at {@code formUrl}, or one it
	 * re-rendered) as a browser does: every value it shows, with the given fields set. A
	 * button is sent only when named here (pressed), as the picker's Find is.
	 */
	public MvcTestResult send(String html, String formUrl, String... namesAndValues) {
		FormElement form = Jsoup.parse(html, "http://localhost").select("main form[method=post]").forms().get(0);
		// Submit buttons are sent only when pressed (the source search is one).
		Set<String> buttons = Set.copyOf(form.select("button[name], input[type=submit][name]").eachAttr("name"));
		Map<String, List<String>> fields = new LinkedHashMap<>();
		form.formData()
			.stream()
			.filter((field) -> !buttons.contains(field.key()) && !field.key().equals("_csrf"))
			.forEach((field) -> fields.computeIfAbsent(field.key(), (key) -> new ArrayList<>()).add(field.value()));
		Map<String, List<String>> changed = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			changed.computeIfAbsent(namesAndValues[i], (key) -> new ArrayList<>()).add(namesAndValues[i + 1]);
		}
		fields.putAll(changed);
		String action = form.attr("action").isEmpty() ? formUrl : form.attr("action");
		return this.mvc.post()
			.uri(action)
			.with(csrf())
			.with(editor(this.username))
			.locale(java.util.Locale.forLanguageTag(this.language))
			.params(new LinkedMultiValueMap<>(fields))
			.exchange();
	}

}
