package org.sanctuarytracker.export;

import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The WHERE clause of an export query, built from its filters with named parameters.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class Conditions {

	private final List<String> conditions = new ArrayList<>();

	private final MapSqlParameterSource parameters;

	private final ReadFrom source;

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
