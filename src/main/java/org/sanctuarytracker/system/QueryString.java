package org.sanctuarytracker.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A query string built from a form's chosen values, as the pages link to each other:
 * empty values left out, values form-encoded strictly (a "+" in a search stays a "+").
 */
public final class QueryString {

	private final List<String> parameters = new ArrayList<>();

	/** Adds the parameter unless its value is missing or blank. */
	public QueryString add(String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			this.parameters.add(name + "=" + URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8));
		}
		return this;
	}

	/** The parameters after the path: "?a=1&amp;b=2", or nothing without any. */
	public String suffix() {
		return this.parameters.isEmpty() ? "" : "?" + String.join("&", this.parameters);
	}

}
