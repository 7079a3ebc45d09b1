package org.sanctuarytracker.history;

/**
 * The kinds of record the history knows, with the table each is kept in, its audit table,
 * the column that names it and the URL segment of its pages.
 */
public enum RecordType {

	JURISDICTION("jurisdiction", "name", "jurisdictions", true), POLICY("policy", "title", "policies", false),
	STATEMENT("statement", "quote", "statements", false), FUNDING("funding_exposure", "program", "funding", false),
	INDICATOR("indicator", "metric", "indicators", false),
	DESIGNATION("designation", "list_name", "designations", false), PERSON("person", "name", "people", true),
	SOURCE("source", "title", "sources", false);

	private final String table;

	private final String labelColumn;

	private final String path;

	private final boolean slugged;

	RecordType(String table, String labelColumn, String path, boolean slugged) {
		this.table = table;
		this.labelColumn = labelColumn;
		this.path = path;
		this.slugged = slugged;
	}

	String table() {
		return this.table;
	}

	/**
	 * The column of the record's own table that names the jurisdiction it belongs to: its
	 * own id for a jurisdiction, none for a source (it belongs to none); a fact's
	 * jurisdiction, or the one a person serves, otherwise.
	 */
	String jurisdictionColumn() {
		return switch (this) {
			case JURISDICTION -> "id";
			case SOURCE -> null;
			default -> "jurisdiction_id";
		};
	}

	/** The column that names a record in lists: a title, a quote, a program. */
	String labelColumn() {
		return this.labelColumn;
	}

	String auditTable() {
		return this.table + "_aud";
	}

	public String path() {
		return this.path;
	}

	/**
	 * The record's history page, which opens whatever became of the record. Records whose
	 * pages are addressed by slug are linked by id under /history: a slug can change, be
	 * taken by another record once freed, or be all digits, so /people/20/history could
	 * name someone else.
	 */
	public String historyUrl(long id) {
		return this.slugged ? "/history/" + this.path + "/" + id : "/" + this.path + "/" + id + "/history";
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
