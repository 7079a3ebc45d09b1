package org.sanctuarytracker.export;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sanctuarytracker.funding.FundingStatus;
import org.sanctuarytracker.history.RecordType;
import org.sanctuarytracker.indicator.Metric;
import org.sanctuarytracker.indicator.ValueQualifier;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.policy.PolicyInstrument;
import org.sanctuarytracker.policy.PolicyStatus;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.statement.Stance;
import org.sanctuarytracker.statement.StatementKind;
import org.sanctuarytracker.system.DatePrecision;
import org.sanctuarytracker.system.LikePatterns;

import static org.sanctuarytracker.export.Column.bool;
import static org.sanctuarytracker.export.Column.codes;
import static org.sanctuarytracker.export.Column.date;
import static org.sanctuarytracker.export.Column.id;
import static org.sanctuarytracker.export.Column.instant;
import static org.sanctuarytracker.export.Column.integer;
import static org.sanctuarytracker.export.Column.number;
import static org.sanctuarytracker.export.Column.text;

/**
 * Every export: its columns with their documentation, its keys, and its SQL. The SQL
 * reads the CTEs of {@link SnapshotSql}: the live tables for the newest revision, the
 * revision history (the *_aud tables) as it stood at the snapshot's revision for any
 * other, with the same rows either way.
 */
public final class ExportTables {

	private static final String PRECISION = "Precision of the date before: DAY, MONTH (the date is the month's first day) or YEAR (1 January)";

	private static final Column CREATED = instant("created_at", "When the record was created (UTC)",
			"2026-11-20T14:03:00.123456Z");

	private static final Column UPDATED = instant("updated_at", "When the record last changed (UTC)",
			"2026-11-21T09:30:00Z");

	private static final Column JURISDICTION_ID = integer("jurisdiction_id",
			"The jurisdiction's id (jurisdictions.csv)", "7")
		.asRequired()
		.references("jurisdictions");

	private static final Column JURISDICTION_SLUG = text("jurisdiction_slug", "The jurisdiction's slug", "chicago-il")
		.asRequired()
		.from("j.slug");

	private static final Column SOURCE_ID = integer("source_id", "The source's id (sources.csv)", "3").asRequired()
		.references("sources");

	private static final Column SOURCE_IDS = text("source_ids",
			"Ids of the sources cited (sources.csv), separated by semicolons", "3;4")
		.from("cit.source_ids");

	static final ExportTable JURISDICTIONS = new ExportTable("jurisdictions", "Jurisdictions",
			"Governments: the nation, states, counties, cities; with the editors' status assessment.",
			List.of(id("Stable numeric id", "7"),
					text("slug", "URL name, unique", "chicago-il").asRequired().asUnique(),
					text("name", "Name", "Chicago").asRequired(),
					codes("kind", "Kind of government", JurisdictionKind.class, "CITY").asRequired(),
					text("state_code", "USPS state code; empty for the nation", "IL"),
					integer("parent_id", "Id of the state (of a county) or state or county (of a city)", "3")
						.references("jurisdictions"),
					text("parent_slug", "Slug of the parent", "illinois").from("p.slug"),
					text("geoid", "Census GEOID as text, leading zeros kept: state 2, county 5, place 7 digits",
							"1714000"),
					text("ocd_id", "Open Civic Data division id", "ocd-division/country:us/state:il/place:chicago"),
					integer("population", "Population", "2746388"),
					integer("population_year", "Year of the population figure", "2020"),
					number("latitude", "Latitude (WGS 84)", "41.878114"),
					number("longitude", "Longitude (WGS 84)", "-87.629798"),
					codes("status", "The editors' assessment (an assessment, not a legal category)",
							JurisdictionStatus.class, "SANCTUARY")
						.asRequired(),
					text("status_rationale", "Why the editors assessed the status so", "Mayors have said..."),
					date("status_as_of", "The date the assessment holds for", "2024-11-01"),
					codes("status_as_of_precision", PRECISION, DatePrecision.class, "MONTH"),
					text("summary", "Short description", ""), CREATED, UPDATED),
			List.of("id"), "j", """
					from jur j left join jur p on p.id = j.parent_id
					%s
					order by j.id""", ExportTables::jurisdictionFilters);

	static final ExportTable POLICIES = new ExportTable("policies", "Policies",
			"Instruments a jurisdiction adopted or considered, with their provisions and sources.",
			List.of(id("Stable numeric id", "12"), JURISDICTION_ID, JURISDICTION_SLUG,
					codes("instrument", "Legal form", PolicyInstrument.class, "ORDINANCE").asRequired(),
					codes("status", "Where the policy stands", PolicyStatus.class, "ENACTED").asRequired(),
					text("title", "Title", "Sanctuary city ordinance").asRequired(),
					text("summary", "What it does", ""), date("adopted_on", "Adoption date", "2024-11-01"),
					codes("adopted_on_precision", PRECISION, DatePrecision.class, "MONTH"),
					date("effective_on", "Date it took effect", ""),
					codes("effective_on_precision", PRECISION, DatePrecision.class, ""),
					date("ended_on", "Date it was repealed, struck down or expired", ""),
					codes("ended_on_precision", PRECISION, DatePrecision.class, ""),
					text("vote", "Vote as reported", "unanimous"),
					number("amount_usd", "Amount in US dollars (e.g. a legal-defense fund's size)", "1300000.00"),
					codes("amount_qualifier",
							"How exact the amount is, as its source hedges it: EXACT, APPROXIMATE (about), MORE_THAN, NEARLY (just under); empty without an amount",
							ValueQualifier.class, "EXACT"),
					text("carve_outs", "Who is not protected", ""),
					new Column("provisions", "string",
							"Provision codes, separated by semicolons (long form: policy_provisions.csv)",
							codesOf(Provision.class), "DECLINES_DETAINERS;NO_287G_AGREEMENT", false)
						.from("prov.provisions"),
					SOURCE_IDS,
					text("target_ids",
							"Ids of the jurisdictions it is aimed at (jurisdictions.csv), separated by semicolons, e.g. the cities a federal funding threat names",
							"9;11;12")
						.from("tgt.target_ids"),
					CREATED, UPDATED),
			List.of("id"), "po", """
					from pol po join jur j on j.id = po.jurisdiction_id
					{pol_prov_list prov po.id}
					{pol_cit_list cit po.id}
					{pol_tgt_list tgt po.id}
					%s
					order by po.id""", factFilters("po"));

	static final ExportTable POLICY_PROVISIONS = new ExportTable("policy_provisions", "Policy provisions",
			"One row per policy and provision it carries (the long form of policies.provisions).",
			List.of(integer("policy_id", "The policy's id (policies.csv)", "12").asRequired().references("policies"),
					codes("provision", "Provision code", Provision.class, "BARS_LOCAL_RESOURCES").asRequired()),
			List.of("policy_id", "provision"), "pp", """
					from pol_prov pp join pol po on po.id = pp.policy_id join jur j on j.id = po.jurisdiction_id
					%s
					order by pp.policy_id, pp.provision""", factFilters("po"));

	static final ExportTable STATEMENTS = new ExportTable("statements", "Statements",
			"What officials said in public: verbatim, dated, with the speaker's title at the time and one source.",
			List.of(id("Stable numeric id", "40"),
					integer("person_id", "The speaker's id (people.csv)", "9").asRequired().references("people"),
					text("person_slug", "The speaker's slug", "brandon-johnson").asRequired().from("p.slug"),
					text("speaker_title", "The speaker's title at the time", "Mayor"), JURISDICTION_ID,
					JURISDICTION_SLUG,
					date("stated_on",
							"When it was said; empty when the source does not say (the source's published_on then stands)",
							"2024-11-01"),
					codes("stated_on_precision", PRECISION, DatePrecision.class, "MONTH"),
					codes("kind",
							"QUOTE: the speaker's words, verbatim; PARAPHRASE: a position the source reports in its own words",
							StatementKind.class, "QUOTE")
						.asRequired(),
					text("quote",
							"The words, verbatim (for a PARAPHRASE the source's own wording); \" […] \" marks where a source's attribution interrupted a quote",
							"It always will be a sanctuary city")
						.asRequired(),
					text("context", "Paraphrased context", ""),
					text("reported_by", "The outlet that first reported it, when the source quotes another",
							"Fox News"),
					codes("stance", "Stance on sanctuary policies", Stance.class, "SUPPORTS_SANCTUARY").asRequired(),
					SOURCE_ID, CREATED, UPDATED),
			List.of("id"), "s", """
					from stm s join per p on p.id = s.person_id join jur j on j.id = s.jurisdiction_id
					%s
					order by s.id""", ExportTables::statementFilters);

	static final ExportTable PEOPLE = new ExportTable("people", "People",
			"Officials and other speakers; current_title is the latest title on record.",
			List.of(id("Stable numeric id", "9"),
					text("slug", "URL name, unique", "brandon-johnson").asRequired().asUnique(),
					text("name", "Name", "Brandon Johnson").asRequired(), text("party", "Party", ""),
					text("current_title", "Latest title on record", "Mayor"),
					integer("jurisdiction_id", "Id of the government they serve", "7").references("jurisdictions"),
					text("jurisdiction_slug", "Slug of the government they serve", "chicago-il").from("j.slug"),
					text("organization", "Organization, for non-officials", ""),
					integer("party_source_id", "The source that gives the party (sources.csv)", "3")
						.references("sources"),
					CREATED, UPDATED),
			List.of("id"), "p", """
					from per p left join jur j on j.id = p.jurisdiction_id
					%s
					order by p.id""", ExportTables::personFilters);

	static final ExportTable PERSON_TERMS = new ExportTable("person_terms", "Terms of office",
			"Titles people held in a jurisdiction, from and to as far as the source tells (empty when it does not: the source's date is then all that is known), each with its source.",
			List.of(id("Stable numeric id", "4"),
					integer("person_id", "The person's id (people.csv)", "9").asRequired().references("people"),
					text("person_slug", "The person's slug", "rahm-emanuel").asRequired().from("p.slug"),
					text("title", "The title as the source gives it", "Mayor").asRequired(),
					integer("jurisdiction_id", "Id of the jurisdiction the title was held in", "7").references(
							"jurisdictions"),
					text("jurisdiction_slug", "Its slug", "chicago-il").from("j.slug"),
					date("held_from", "When the term began, if the source says", ""),
					codes("held_from_precision", PRECISION, DatePrecision.class, ""),
					date("held_to", "When the term ended, if the source says", ""),
					codes("held_to_precision", PRECISION, DatePrecision.class, ""), SOURCE_ID, CREATED, UPDATED),
			List.of("id"), "t", """
					from trm t join per p on p.id = t.person_id left join jur j on j.id = t.jurisdiction_id
					%s
					order by t.id""", ExportTables::termFilters);

	static final ExportTable FUNDING_EXPOSURES = citedFact("funding_exposures", "Funding exposure",
			"Federal money a jurisdiction stands to lose: an amount, a share of its budget, or both.",
			List.of(id("Stable numeric id", "2"), JURISDICTION_ID, JURISDICTION_SLUG,
					integer("fiscal_year", "Federal fiscal year", "2025"),
					text("program", "Program, e.g. Byrne JAG, COPS, SCAAP, or all federal funds", "All federal funds")
						.asRequired(),
					number("amount_at_risk_usd", "Amount at risk in US dollars", "3500000.00"),
					number("share_of_budget_pct", "Share of the jurisdiction's budget at risk, in percent", "20.00"),
					number("total_budget_usd", "The jurisdiction's total budget in US dollars", ""),
					codes("status", "Where the money stands", FundingStatus.class, "THREATENED").asRequired(),
					text("notes", "Notes", ""), SOURCE_IDS, CREATED, UPDATED),
			"fun", "f");

	static final ExportTable INDICATORS = citedFact("indicators", "Figures",
			"Dated numbers about a jurisdiction, with the hedge their source puts on them.", List
				.of(id("Stable numeric id", "5"), JURISDICTION_ID, JURISDICTION_SLUG,
						codes("metric", "What is counted; metrics ending in _USD are US dollars", Metric.class,
								"MIGRANT_ARRIVALS")
							.asRequired(),
						number("value", "The figure", "50000.00").asRequired(),
						codes("value_qualifier",
								"How exact the figure is: EXACT, APPROXIMATE (about), MORE_THAN, NEARLY (just under)",
								ValueQualifier.class, "MORE_THAN")
							.asRequired(),
						date("as_of", "The date the figure holds for", "2024-11-01").asRequired(),
						codes("as_of_precision", PRECISION, DatePrecision.class, "MONTH").asRequired(),
						text("notes", "Notes", "since 2022"), SOURCE_IDS, CREATED, UPDATED),
			"ind", "i");

	static final ExportTable DESIGNATIONS = citedFact("designations", "Designations",
			"Federal lists that named a jurisdiction, and whether it disputes the listing.",
			List.of(id("Stable numeric id", "1"), JURISDICTION_ID, JURISDICTION_SLUG,
					text("list_name", "The list", "DOJ sanctuary jurisdiction list").asRequired(),
					date("listed_on", "When it was listed", "2025-08-01").asRequired(),
					codes("listed_on_precision", PRECISION, DatePrecision.class, "MONTH").asRequired(),
					date("removed_on", "When it was removed from the list", ""),
					codes("removed_on_precision", PRECISION, DatePrecision.class, ""),
					bool("disputed", "Whether the jurisdiction disputes the listing", "false"),
					text("dispute_note", "What it disputes", ""), SOURCE_IDS, CREATED, UPDATED),
			"des", "d");

	static final ExportTable SOURCES = new ExportTable("sources", "Sources",
			"The published documents facts cite. Publisher, URL and date are empty when the document does not give them.",
			List.of(id("Stable numeric id", "3"),
					text("title", "Title; in [brackets] when supplied by the editors",
							"U.S. mayors vow to fight Trump's hardline immigration stance")
						.asRequired(),
					text("publisher", "Publisher", "CBS News"), text("url", "Address", ""),
					date("published_on", "Publication date", "2016-11-01"),
					codes("published_on_precision", PRECISION, DatePrecision.class, "MONTH"),
					date("accessed_on", "When the editors read it", ""),
					text("archive_url", "Address of an archived copy", ""), text("notes", "Notes", ""), CREATED,
					UPDATED),
			List.of("id"), "s", """
					from src s
					%s
					order by s.id""", ExportTables::sourceFilters);

	/**
	 * Where every kind of record names its sources, from the registry of record types.
	 */
	private static final List<RecordType.Citation> CITED = Stream.of(RecordType.values())
		.flatMap((type) -> type.citations().stream())
		.toList();

	static final ExportTable CITATIONS = new ExportTable("citations", "Citations",
			"Which source backs which fact: one row per fact and source.",
			List.of(new Column("fact_type", "string",
					"The kind of fact: jurisdiction_status (a status assessment), policy, statement, funding_exposure, indicator, designation, person_term (a title held), person_party (fact_id is the person's)",
					CITED.stream().map(RecordType.Citation::factType).toList(), "policy", true),
					integer("fact_id", "The fact's id in its own file", "12").asRequired(), SOURCE_ID),
			List.of("fact_type", "fact_id", "source_id"), "c",
			"""
					from (%s) c
					%%s
					order by fact_type, fact_id, source_id"""
				.formatted(CITED.stream().map(RecordType.Citation::select).collect(Collectors.joining(" union all "))),
			(filter, conditions) -> {
			});

	/** Every export, in the order the export page and the bundle list them. */
	public static final List<ExportTable> ALL = List.of(JURISDICTIONS, POLICIES, POLICY_PROVISIONS, STATEMENTS, PEOPLE,
			PERSON_TERMS, FUNDING_EXPOSURES, INDICATORS, DESIGNATIONS, SOURCES, CITATIONS);

	private ExportTables() {
	}

	public static ExportTable named(String name) {
		return ALL.stream().filter((table) -> table.name().equals(name)).findFirst().orElse(null);
	}

	private static void jurisdictionFilters(ExportFilter filter, Conditions where) {
		where.add("j.state_code = :state", "state", filter.state())
			.add("j.kind = :kind", "kind", filter.kind())
			.add("j.status = :status", "status", filter.status())
			.add("length(search_name(:q)) > 0 and search_name(j.name) like '%' || search_name(:q) || '%'", "q",
					filter.q())
			.add("greatest(j.updated_at, p.updated_at) > :updatedSince", "updatedSince", since(filter))
			.add(SnapshotQueries.PROVISION_IN_FORCE, "provision", filter.provision());
	}

	/**
	 * The table of a cited fact (funding rows, figures, designations): keyed by id, filed
	 * under a jurisdiction, its sources as one cell, filtered as facts are.
	 */
	private static ExportTable citedFact(String name, String title, String description, List<Column> columns,
			String cte, String alias) {
		return new ExportTable(name, title, description, columns, List.of("id"), alias, """
				from %1$s %2$s join jur j on j.id = %2$s.jurisdiction_id
				{%1$s_cit_list cit %2$s.id}
				%%s
				order by %2$s.id""".formatted(cte, alias), factFilters(alias));
	}

	/**
	 * Facts filter by their jurisdiction, and by when the fact (alias) or the
	 * jurisdiction whose slug the row carries last changed.
	 */
	private static BiConsumer<ExportFilter, Conditions> factFilters(String alias) {
		return (filter, where) -> where.add("j.slug = :jurisdiction", "jurisdiction", filter.jurisdiction())
			.add("j.state_code = :state", "state", filter.state())
			.add("j.kind = :kind", "kind", filter.kind())
			.add("greatest(" + alias + ".updated_at, j.updated_at) > :updatedSince", "updatedSince", since(filter));
	}

	private static void statementFilters(ExportFilter filter, Conditions where) {
		where.add("j.slug = :jurisdiction", "jurisdiction", filter.jurisdiction())
			.add("p.slug = :person", "person", filter.person())
			.add("s.stance = :stance", "stance", filter.stance())
			// The live table keeps this very vector, indexed; the history has to compute
			// it.
			.add(((where.source() == ReadFrom.LIVE) ? "s.search_vector"
					: "(setweight(to_tsvector('english', s.quote), 'A') || setweight(to_tsvector('english', coalesce(s.context, '')), 'B'))")
					+ " @@ websearch_to_tsquery('english', :q)", "q", filter.q())
			// An undated statement stands at its source's date, as on the pages.
			.add("(case " + SAID_ON_PRECISION + " when 'YEAR' then " + SAID_ON
					+ " + interval '1 year' when 'MONTH' then " + SAID_ON + " + interval '1 month' else " + SAID_ON
					+ " + 1 end) > :from", "from", filter.from())
			.add(SAID_ON + " <= :to", "to", filter.to())
			.add("greatest(s.updated_at, p.updated_at, j.updated_at) > :updatedSince", "updatedSince", since(filter));
	}

	private static final String SAID_ON = "coalesce(s.stated_on, (select published_on from src where src.id = s.source_id))";

	private static final String SAID_ON_PRECISION = "coalesce(s.stated_on_precision, (select published_on_precision from src where src.id = s.source_id))";

	private static void personFilters(ExportFilter filter, Conditions where) {
		where.add("p.slug = :person", "person", filter.person())
			.add("j.slug = :jurisdiction", "jurisdiction", filter.jurisdiction())
			.add("lower(p.name) like :q escape '\\'", "q", LikePatterns.containing(filter.q()))
			.add("greatest(p.updated_at, j.updated_at) > :updatedSince", "updatedSince", since(filter));
	}

	private static void termFilters(ExportFilter filter, Conditions where) {
		where.add("p.slug = :person", "person", filter.person())
			.add("j.slug = :jurisdiction", "jurisdiction", filter.jurisdiction())
			.add("greatest(t.updated_at, p.updated_at, j.updated_at) > :updatedSince", "updatedSince", since(filter));
	}

	private static void sourceFilters(ExportFilter filter, Conditions where) {
		where.add("s.updated_at > :updatedSince", "updatedSince", since(filter));
	}

	private static OffsetDateTime since(ExportFilter filter) {
		return (filter.updatedSince() != null) ? filter.updatedSince().start().atOffset(ZoneOffset.UTC) : null;
	}

	private static List<String> codesOf(Class<? extends Enum<?>> codes) {
		return java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
	}

}
