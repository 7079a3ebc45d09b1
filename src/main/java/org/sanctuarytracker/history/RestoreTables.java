package org.sanctuarytracker.history;

import java.util.List;
import java.util.Map;

/**
 * What a record's version is made of beyond its own row, for restoring it: the rows of
 * the tables it owns (citations, provisions, the jurisdictions an action is aimed at, a
 * person's terms), each found by the column that names the record. The same tables the
 * history's differences read (see AuditDiffs), each with its audit table beside it.
 */
final class RestoreTables {

	/** A table of rows owned by the record, by the column holding the record's id. */
	record Owned(String table, String ownerColumn) {

		String auditTable() {
			return this.table + "_aud";
		}

	}

	private static final Map<RecordType, List<Owned>> OWNED = Map.of(RecordType.JURISDICTION,
			List.of(new Owned("jurisdiction_citation", "jurisdiction_id")), RecordType.POLICY,
			List.of(new Owned("policy_provision", "policy_id"), new Owned("policy_citation", "policy_id"),
					new Owned("policy_target", "policy_id")),
			RecordType.STATEMENT, List.of(), RecordType.FUNDING,
			List.of(new Owned("funding_exposure_citation", "funding_exposure_id")), RecordType.INDICATOR,
			List.of(new Owned("indicator_citation", "indicator_id")), RecordType.DESIGNATION,
			List.of(new Owned("designation_citation", "designation_id")), RecordType.PERSON,
			List.of(new Owned("person_term", "person_id")), RecordType.SOURCE, List.of());

	private RestoreTables() {
	}

	static List<Owned> owned(RecordType type) {
		return OWNED.get(type);
	}

}
