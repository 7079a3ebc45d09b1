package org.sanctuarytracker.history;

/**
 * The kinds of record the history knows, with the audit table each is kept in and the URL
 * segment of its pages.
 */
public enum RecordType {

	JURISDICTION("jurisdiction_aud", "jurisdictions"), POLICY("policy_aud", "policies"),
	STATEMENT("statement_aud", "statements"), FUNDING("funding_exposure_aud", "funding"),
	INDICATOR("indicator_aud", "indicators"), DESIGNATION("designation_aud", "designations"),
	PERSON("person_aud", "people"), SOURCE("source_aud", "sources");

	private final String auditTable;

	private final String path;

	RecordType(String auditTable, String path) {
		this.auditTable = auditTable;
		this.path = path;
	}

	String auditTable() {
		return this.auditTable;
	}

	public String path() {
		return this.path;
	}

	public static RecordType fromPath(String path) {
		for (RecordType type : values()) {
			if (type.path.equals(path)) {
				return type;
			}
		}
		return null;
	}

}
