package org.sanctuarytracker.history;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;

/**
 * The kinds of record the history knows, and what the history needs of each, written
 * once: the table it is kept in and its audit table, the column that names it, the URL
 * segment of its pages, the records its columns refer to, the sets it holds in link
 * tables, and the tables of rows it owns. The change log, the differences between
 * versions and a restore are derived from these; a new kind of record is one constant
 * here.
 */
@RequiredArgsConstructor
public enum RecordType {

	JURISDICTION("jurisdiction", "jur", "name", "jurisdictions", true),
	POLICY("policy", "pol", "title", "policies", false), STATEMENT("statement", "stm", "quote", "statements", false),
	FUNDING("funding_exposure", "fun", "program", "funding", false),
	INDICATOR("indicator", "ind", "metric", "indicators", false),
	DESIGNATION("designation", "des", "list_name", "designations", false),
	PERSON("person", "per", "name", "people", true), SOURCE("source", "src", "title", "sources", false);

	private final String table;

	private final String shortName;

	private final String labelColumn;

	private final String path;

	private final boolean slugged;

	public String table() {
		return this.table;
	}

	/**
	 * The short name queries give the record's table, as it stood at a snapshot or today
	 * ({@code jur}, {@code pol}, ...: the exports' table expressions).
	 */
	public String shortName() {
		return this.shortName;
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

	/**
	 * A column of the record's table that refers to another record, shown in the history
	 * by that record's name.
	 */
	record Reference(String column, String field, RecordType target) {
	}

	/**
	 * A set the record holds in a link table (its citations, provisions, the places an
	 * action is aimed at): rows of the owner's id and a member, which is a record of
	 * {@code member}'s type, or a code when that is null.
	 *
	 * @param shortName the short name queries give the table ({@code pol_cit})
	 * @param listColumn the name of the set as one semicolon-separated cell of the
	 * owner's row in the exports ({@code source_ids})
	 */
	public record Link(String field, String table, String ownerColumn, String memberColumn, RecordType member,
			String shortName, String listColumn) {

		String auditTable() {
			return this.table + "_aud";
		}

		/**
		 * The set's members as one cell, in order: {@code string_agg(…)} over the table.
		 */
		public String aggregate() {
			String member = (this.member != null) ? this.memberColumn + "::text" : this.memberColumn;
			return "string_agg(" + member + ", ';' order by " + this.memberColumn + ")";
		}

	}

	/**
	 * A table of rows owned by the record, by the column holding the record's id.
	 *
	 * @param shortName the short name queries give the table ({@code trm})
	 */
	public record Owned(String table, String ownerColumn, String shortName) {

		String auditTable() {
			return this.table + "_aud";
		}

	}

	/** The columns of the record's table that refer to other records. */
	List<Reference> references() {
		Reference jurisdiction = new Reference("jurisdiction_id", "jurisdiction", JURISDICTION);
		return switch (this) {
			case JURISDICTION -> List.of(new Reference("parent_id", "parent", JURISDICTION));
			case POLICY, FUNDING, INDICATOR, DESIGNATION -> List.of(jurisdiction);
			case STATEMENT -> List.of(new Reference("person_id", "person", PERSON), jurisdiction,
					new Reference("source_id", "source", SOURCE));
			case PERSON -> List.of(jurisdiction, new Reference("party_source_id", "partySource", SOURCE));
			case SOURCE -> List.of();
		};
	}

	/**
	 * The record's coded fields (named as on its entity and form), each with the message
	 * prefix its codes are labelled under on the pages: the same name means different
	 * codes in different records ("status"). The history's differences and the conflict
	 * page show codes by these labels.
	 */
	public Map<String, String> codes() {
		return switch (this) {
			case JURISDICTION -> Map.of("kind", "kind.", "status", "status.");
			case POLICY -> Map.of("instrument", "instrument.", "status", "policyStatus.", "provisions", "provision.");
			case STATEMENT -> Map.of("stance", "stance.");
			case FUNDING -> Map.of("status", "fundingStatus.");
			case INDICATOR -> Map.of("metric", "metric.");
			case DESIGNATION, PERSON, SOURCE -> Map.of();
		};
	}

	/** The sets the record holds in link tables. */
	public List<Link> links() {
		return switch (this) {
			case JURISDICTION -> List.of(citations("statusSources"));
			case POLICY -> List.of(
					new Link("provisions", "policy_provision", "policy_id", "provision", null, "pol_prov",
							"provisions"),
					citations("sources"), new Link("targets", "policy_target", "policy_id", "jurisdiction_id",
							JURISDICTION, "pol_tgt", "target_ids"));
			case FUNDING, INDICATOR, DESIGNATION -> List.of(citations("sources"));
			case STATEMENT, PERSON, SOURCE -> List.of();
		};
	}

	/** The record's sources, cited in its table's {@code _citation} table. */
	private Link citations(String field) {
		return new Link(field, this.table + "_citation", this.table + "_id", "source_id", SOURCE,
				this.shortName + "_cit", "source_ids");
	}

	/**
	 * The tables of rows the record owns, which a restore brings back with it: its link
	 * tables, and a person's terms.
	 */
	public List<Owned> owned() {
		Stream<Owned> terms = (this == PERSON) ? Stream.of(new Owned("person_term", "person_id", "trm"))
				: Stream.empty();
		return Stream
			.concat(this.links().stream().map((link) -> new Owned(link.table(), link.ownerColumn(), link.shortName())),
					terms)
			.toList();
	}

	/**
	 * Where the record names the sources behind it, for the citations export (one row of
	 * fact_type, fact_id and source_id per source cited): its citation table, a column
	 * that names one source, and a person's terms of office, each citing one. A
	 * jurisdiction's citations back its status assessment, a person's column their party.
	 */
	public List<Citation> citations() {
		Stream<Citation> linked = this.links()
			.stream()
			.filter((link) -> link.member() == SOURCE)
			.map((link) -> new Citation((this == JURISDICTION) ? "jurisdiction_status" : this.table, link.shortName(),
					link.ownerColumn(), link.memberColumn()));
		Stream<Citation> terms = (this == PERSON) ? Stream.of(new Citation("person_term", "trm", "id", "source_id"))
				: Stream.empty();
		Stream<Citation> named = this.references()
			.stream()
			.filter((reference) -> reference.target() == SOURCE)
			.map((reference) -> new Citation((this == PERSON) ? "person_party" : this.table, this.shortName, "id",
					reference.column()));
		return Stream.of(linked, terms, named).flatMap(Function.identity()).toList();
	}

	/**
	 * The rows that say which source backs which fact of one kind.
	 *
	 * @param factType the kind of fact, as the citations export names it
	 * @param from the short name of the table the rows are in ({@code pol_cit})
	 */
	public record Citation(String factType, String from, String factColumn, String sourceColumn) {

		/** Its rows as {@code fact_type, fact_id, source_id}. */
		public String select() {
			return "select '" + this.factType + "' as fact_type, " + this.factColumn + " as fact_id, "
					+ this.sourceColumn + " as source_id from " + this.from + " where " + this.sourceColumn
					+ " is not null";
		}

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
