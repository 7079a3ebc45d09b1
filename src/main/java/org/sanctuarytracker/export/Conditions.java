package org.sanctuarytracker.export;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The WHERE clause of an export query, built from its filters with named parameters.
 */
public final class Conditions {

	private final List<String> conditions = new ArrayList<>();

	private final MapSqlParameterSource parameters;

	private final ReadFrom source;

	Conditions(MapSqlParameterSource parameters, ReadFrom source) {
		this.parameters = parameters;
		this.source = source;
	}

	/** Where the query reads from: a condition may use what only the live tables have. */
	ReadFrom source() {
		return this.source;
	}

	Conditions add(String condition, String name, Object value) {
		if (value != null) {
			this.conditions.add(condition);
			this.parameters.addValue(name, (value instanceof Enum<?> code) ? code.name() : value);
		}
		return this;
	}

	String where() {
		return this.conditions.isEmpty() ? "" : "where " + String.join(" and ", this.conditions);
	}

}
