package org.sanctuarytracker.history;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.FormFiller;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.createJurisdiction;
import static org.sanctuarytracker.support.EditingSupport.createPerson;
import static org.sanctuarytracker.support.EditingSupport.createSource;
import static org.sanctuarytracker.support.EditingSupport.createStatement;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every save enters the history: who, when, why and what changed, readable on the
 * record's and the jurisdiction's history pages (even once the record is deleted) and in
 * the Atom feeds.
 */
@TrackerTest
class HistoryTests {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldShowWhoWhenWhyAndTheFieldDifferencesOfAnEdit() {
		String slug = Fixtures.unique("history");
		String creator = uniqueUsername("creator");
		String reviser = uniqueUsername("reviser");
		createJurisdiction(this.mvc, creator, slug, "Created the town for the history test");
		String person = Fixtures.unique("speaker");
		createPerson(this.mvc, creator, person);
		long source = createSource(this.mvc, creator, "Source " + slug);
		long id = createStatement(this.mvc, creator, slug, person, source, "Old words " + slug,
				"Added the statement from the minutes");

		assertThat(this.mvc.post()
			.uri("/statements/{id}/edit", id)
			.with(csrf())
			.with(editor(reviser))
			.params(form("person", person, "jurisdiction", slug, "statedOn", "2024-11-19", "quote", "New words " + slug,
					"stance", "OPPOSES_SANCTUARY", "sourceIds", String.valueOf(source), "editSummary",
					"Quoted the full sentence from the recording", "version", String.valueOf(version(id)))))
			.hasStatus(HttpStatus.FOUND);

		MvcTestResult history = this.mvc.get().uri("/statements/{id}/history", id).exchange();
		assertThat(history).hasStatusOk();
		String html = body(history);
		List<String> revisedAt = revisionTimes("statement_aud", id);
		assertThat(revisedAt).hasSize(2);
		assertThat(html).contains("History of New words " + slug)
			.contains(reviser)
			.contains(creator)
			.contains(revisedAt.get(0))
			.contains(revisedAt.get(1))
			.contains("Quoted the full sentence from the recording")
			.contains("Added the statement from the minutes")
			.contains("Quote (verbatim)")
			.as("a quote's difference marks the words changed, not the whole quote")
			.contains("<del>Old</del> words " + slug)
			.contains("<ins>New</ins> words " + slug)
			.as("codes by their labels, dates at their precision")
			.contains("<del>Neutral</del>")
			.contains("<ins>Opposes sanctuary</ins>")
			.contains("<del>November 2024</del>")
			.contains("<ins>19 November 2024</ins>");
		// Newest first: the edit above the creation.
		assertThat(html.indexOf("Quoted the full sentence from the recording"))
			.isLessThan(html.indexOf("Added the statement from the minutes"));
		String[] sections = html.split("<section");
		assertThat(sections).hasSize(3);
		assertThat(sections[1]).as("the edit lists only what changed")
			.contains("Quoted the full sentence from the recording")
			.contains("<del>Old</del> words " + slug)
			.doesNotContain(">Speaker</th>");
		assertThat(sections[2]).as("the creation lists every value")
			.contains("Added the statement from the minutes")
			.contains(">Speaker</th>")
			.contains("<ins>Person " + person + "</ins>")
			.contains("<ins>Source " + slug + "</ins>");

		MvcTestResult jurisdictionHistory = this.mvc.get().uri("/jurisdictions/{slug}/history", slug).exchange();
		assertThat(jurisdictionHistory).hasStatusOk()
			.bodyText()
			.contains("History of " + EditingSupport.jurisdictionName(slug))
			.contains("Created the town for the history test")
			.contains("Added the statement from the minutes")
			.contains("Quoted the full sentence from the recording")
			.contains(creator)
			.contains(reviser)
			.contains("<ins>" + EditingSupport.jurisdictionName(slug) + "</ins>")
			.contains("<del>Old</del> words " + slug)
			.contains("<ins>New</ins> words " + slug)
			.contains("href=\"/jurisdictions/" + slug + "/changes.atom\"");
	}

	@Test
	void shouldKeepTheHistoryOfADeletedRecordReadable() {
		String slug = Fixtures.unique("history");
		String username = uniqueUsername("ed");
		createJurisdiction(this.mvc, username, slug, "Created the town");
		String person = Fixtures.unique("speaker");
		createPerson(this.mvc, username, person);
		long source = createSource(this.mvc, username, "Source " + slug);
		long id = createStatement(this.mvc, username, slug, person, source, "Words later withdrawn " + slug,
				"Added the statement");

		assertThat(this.mvc.post()
			.uri("/statements/{id}/delete", id)
			.with(csrf())
			.with(editor(username))
			.params(form("version", String.valueOf(version(id)), "editSummary",
					"Removed: the quote was misattributed")))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/jurisdictions/" + slug + "#statements");
		assertThat(this.jdbc.queryForObject("select count(*) from statement where id = ?", Long.class, id)).isZero();

		assertThat(this.mvc.get().uri("/statements/{id}/history", id)).hasStatusOk()
			.bodyText()
			.contains("Deleted")
			.contains("Removed: the quote was misattributed")
			.contains("Added the statement")
			.contains(username)
			.contains("<del>Words later withdrawn " + slug + "</del>");
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}/history", slug)).hasStatusOk()
			.bodyText()
			.contains("Removed: the quote was misattributed");

		// A deleted jurisdiction's history too, found by its former slug.
		assertThat(
				this.mvc.post()
					.uri("/jurisdictions/{slug}/delete", slug)
					.with(csrf())
					.with(editor(username))
					.params(form("version",
							String.valueOf(this.jdbc.queryForObject("select version from jurisdiction where slug = ?",
									Long.class, slug)),
							"editSummary", "Removed the test town")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}", slug)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}/history", slug)).hasStatusOk()
			.bodyText()
			.contains("Removed the test town")
			.contains("Created the town")
			.contains("<del>" + EditingSupport.jurisdictionName(slug) + "</del>");
	}

	@Test
	void shouldWriteWellFormedAtomFeedsWithTheEntry() throws Exception {
		String slug = Fixtures.unique("history");
		String username = uniqueUsername("ed");
		createJurisdiction(this.mvc, username, slug, "Created the town for the feed");
		String person = Fixtures.unique("speaker");
		createPerson(this.mvc, username, person);
		long source = createSource(this.mvc, username, "Source " + slug);
		long id = createStatement(this.mvc, username, slug, person, source, "Words for the feed " + slug,
				"Added the statement for the feed " + slug);

		for (String url : new String[] { "/changes.atom", "/jurisdictions/" + slug + "/changes.atom" }) {
			MvcTestResult feed = this.mvc.get().uri(url).exchange();
			assertThat(feed).as(url).hasStatusOk().contentType().isCompatibleWith("application/atom+xml");
			Element root = parse(feed).getDocumentElement();
			assertThat(root.getNamespaceURI()).as(url).isEqualTo(ATOM);
			assertThat(root.getLocalName()).as(url).isEqualTo("feed");
			Element entry = entryWithSummary(root, "Added the statement for the feed " + slug);
			assertThat(entry).as(url + " has the statement's entry").isNotNull();
			assertThat(text(entry, "name")).as(url).isEqualTo(username);
			assertThat(text(entry, "title")).as(url).contains("Words for the feed " + slug);
			assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href")).as(url)
				.endsWith("/statements/" + id + "/history");
			assertThat(text(entry, "updated")).as(url).isNotBlank();
			assertThat(text(entry, "id")).as(url).isNotBlank();
		}

		Element jurisdictionFeed = parse(this.mvc.get().uri("/jurisdictions/{slug}/changes.atom", slug).exchange())
			.getDocumentElement();
		assertThat(text(jurisdictionFeed, "title")).contains(EditingSupport.jurisdictionName(slug));
		List<String> summaries = new ArrayList<>();
		NodeList entries = jurisdictionFeed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			summaries.add(text((Element) entries.item(i), "summary"));
		}
		assertThat(summaries).containsExactly("Added the statement for the feed " + slug,
				"Created the town for the feed");
	}

	@Test
	void shouldKeepTwoJurisdictionsHistoriesApartWhenTheSecondTakesTheFirstsFreedSlug() {
		String slug = Fixtures.unique("history");
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("ed"));
		createJurisdiction(this.mvc, ed.username(), slug, "Created the first town");
		long first = jurisdictionId(slug);
		ed.submit("/jurisdictions/" + slug + "/edit", "slug", slug + "-moved", "editSummary", "Moved the first town");
		createJurisdiction(this.mvc, ed.username(), slug, "Created the second town");
		long second = jurisdictionId(slug);

		assertThat(this.mvc.get().uri("/jurisdictions/{slug}/history", slug)).hasStatusOk()
			.bodyText()
			.contains("Created the second town")
			.doesNotContain("Created the first town")
			.doesNotContain("Moved the first town");
		for (String url : List.of("/history/jurisdictions/" + first, "/jurisdictions/" + slug + "-moved/history")) {
			assertThat(this.mvc.get().uri(url)).as(url)
				.hasStatusOk()
				.bodyText()
				.contains("Created the first town")
				.contains("Moved the first town")
				.contains("<del>" + slug + "</del>")
				.contains("<ins>" + slug + "-moved</ins>")
				.doesNotContain("Created the second town")
				.contains("href=\"/jurisdictions/" + slug + "-moved/changes.atom\"");
		}
		assertThat(this.mvc.get().uri("/history/jurisdictions/{id}", second)).bodyText()
			.contains("Created the second town")
			.doesNotContain("Created the first town");
		assertThat(this.mvc.get().uri("/changes?editor={editor}&jurisdiction={slug}", ed.username(), slug)).bodyText()
			.contains("Created the second town")
			.doesNotContain("Created the first town");
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}/changes.atom", slug)).bodyText()
			.contains("Created the second town")
			.doesNotContain("Moved the first town");
		assertThat(this.mvc.get().uri("/changes?editor={editor}", ed.username())).bodyText()
			.contains("href=\"/history/jurisdictions/" + first + "\"")
			.contains("href=\"/history/jurisdictions/" + second + "\"");
	}

	@Test
	void shouldOpenThePersonsHistoryByIdAndByAnySlugTheyHad() {
		String slug = Fixtures.unique("speaker");
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("ed"));
		createPerson(this.mvc, ed.username(), slug);
		long id = this.jdbc.queryForObject("select id from person where slug = ?", Long.class, slug);
		ed.submit("/people/" + slug + "/edit", "slug", slug + "-renamed", "editSummary", "Corrected the slug");

		for (String url : List.of("/history/people/" + id, "/people/" + slug + "/history",
				"/people/" + slug + "-renamed/history")) {
			assertThat(this.mvc.get().uri(url)).as(url)
				.hasStatusOk()
				.bodyText()
				.contains("History of Person " + slug)
				.contains("Corrected the slug");
		}
		ed.submit("/people/" + slug + "-renamed/delete", "editSummary", "Removed the speaker");
		assertThat(this.mvc.get().uri("/history/people/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("Removed the speaker")
			.contains("<del>Person " + slug + "</del>");
		assertThat(this.mvc.get().uri("/changes?editor={editor}", ed.username())).bodyText()
			.contains("href=\"/history/people/" + id + "\"")
			.doesNotContain("href=\"/people/" + id + "/history\"");
		assertThat(this.mvc.get().uri("/history/people/{id}", Long.MAX_VALUE)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldShowTheTermsAPersonGainedAndLostInWords() {
		String place = Fixtures.unique("history");
		String person = Fixtures.unique("mayor");
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("ed"));
		createJurisdiction(this.mvc, ed.username(), place, "Created the town");
		createPerson(this.mvc, ed.username(), person);
		String source = String.valueOf(createSource(this.mvc, ed.username(), "Profile " + place));
		long id = this.jdbc.queryForObject("select id from person where slug = ?", Long.class, person);
		ed.submit("/people/" + person + "/edit", "terms[0].title", "Mayor", "terms[0].jurisdiction", place,
				"terms[0].heldFrom", "2019", "terms[0].heldTo", "2023", "terms[0].sourceId", source, "editSummary",
				"Added the mayoralty");
		ed.submit("/people/" + person + "/edit", "terms[1].title", "Alderman", "terms[1].heldTo", "2011-05",
				"terms[1].sourceId", source, "editSummary", "Added the earlier seat");
		ed.submit("/people/" + person + "/edit", "terms[1].title", "", "terms[1].heldTo", "", "terms[1].sourceId", "",
				"editSummary", "Removed the seat no source supports");

		String mayor = "Mayor, " + EditingSupport.jurisdictionName(place) + ", from 2019 to 2023, source: Profile "
				+ place;
		String alderman = "Alderman, until May 2011, source: Profile " + place;
		String html = body(this.mvc.get().uri("/history/people/{id}", id).exchange());
		String[] sections = html.split("<section");
		assertThat(sections).hasSize(5);
		assertThat(sections[1]).contains("Removed the seat no source supports")
			.contains(">Titles held</th>")
			.as("the removed term is struck, the kept one is not")
			.contains(mayor + "; <del>" + alderman + "</del>")
			.doesNotContain("<del>" + mayor);
		assertThat(sections[2]).contains("Added the earlier seat")
			.contains(mayor + "; <ins>" + alderman + "</ins>")
			.doesNotContain("<ins>" + mayor);
		assertThat(sections[3]).contains("Added the mayoralty").contains("<ins>" + mayor + "</ins>");
		assertThat(sections[4]).as("no terms yet: no row for them").doesNotContain(">Titles held</th>");
	}

	@Test
	void shouldShowTheJurisdictionsAnActionIsAimedAtByName() {
		String slug = Fixtures.unique("history");
		// Named so the first sorts before the second (members are listed by name).
		String first = Fixtures.unique("target-a");
		String second = Fixtures.unique("target-b");
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("ed"));
		for (String place : List.of(slug, first, second)) {
			createJurisdiction(this.mvc, ed.username(), place, "Created the town");
		}
		String source = String.valueOf(createSource(this.mvc, ed.username(), "Threat " + slug));
		long policy = EditingSupport.trailingId(ed.submit("/jurisdictions/" + slug + "/policies/new", "jurisdiction",
				slug, "instrument", "OTHER", "status", "PROPOSED", "title", "Funding threat " + slug, "targets", first,
				"sourceIds", source, "editSummary", "Added the threat"));
		ed.submit("/policies/" + policy + "/edit", "targets", first + " " + second, "editSummary",
				"Named the second city");
		ed.submit("/policies/" + policy + "/edit", "targets", second, "editSummary", "The first city was not named");

		String html = body(this.mvc.get().uri("/policies/{id}/history", policy).exchange());
		String[] sections = html.split("<section");
		assertThat(sections).hasSize(4);
		String firstName = EditingSupport.jurisdictionName(first);
		String secondName = EditingSupport.jurisdictionName(second);
		assertThat(sections[1]).contains("The first city was not named")
			.contains(">Aimed at</th>")
			.contains("<del>" + firstName + "</del>; " + secondName)
			.doesNotContain("<del>" + secondName);
		assertThat(sections[2]).contains("Named the second city")
			.contains(firstName + "; <ins>" + secondName + "</ins>")
			.doesNotContain("<ins>" + firstName);
		assertThat(sections[3]).contains("Added the threat").contains("<ins>" + firstName + "</ins>");
	}

	@Test
	void shouldShowCodesMoneyDatesAndFlagsAsThePagesShowThem() {
		String slug = Fixtures.unique("history");
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("ed"));
		createJurisdiction(this.mvc, ed.username(), slug, "Created the town");
		String source = String.valueOf(createSource(this.mvc, ed.username(), "Source " + slug));
		long policy = EditingSupport.trailingId(ed.submit("/jurisdictions/" + slug + "/policies/new", "jurisdiction",
				slug, "instrument", "ORDINANCE", "status", "ENACTED", "title", "Justice fund " + slug, "adoptedOn",
				"2016-12", "amountUsd", "2750000", "provisions", "LEGAL_DEFENSE_FUND", "sourceIds", source,
				"editSummary", "Added the fund"));
		ed.submit("/policies/" + policy + "/edit", "amountUsd", "3000000.50", "provisions", "LEGAL_DEFENSE_FUND",
				"provisions", "NO_STATUS_INQUIRY", "carveOuts", "People convicted of <script>alert(1)</script> crimes",
				"editSummary", "Corrected the amount");

		String html = body(this.mvc.get().uri("/policies/{id}/history", policy).exchange());
		assertThat(html).contains("<del>$2,750,000</del>")
			.contains("<ins>$3,000,000.50</ins>")
			.contains("<ins>Ordinance</ins>")
			.contains("<ins>Enacted</ins>")
			.contains("<ins>December 2016</ins>")
			.contains("Legal defense fund; <ins>No immigration-status inquiries</ins>")
			.doesNotContain("LEGAL_DEFENSE_FUND")
			.doesNotContain(">ORDINANCE<")
			.doesNotContain("2750000")
			.as("record content is escaped")
			.contains("&lt;script&gt;alert")
			.doesNotContain("<script>alert");

		ed.submit("/jurisdictions/" + slug + "/designations/new", "jurisdiction", slug, "listName", "List " + slug,
				"listedOn", "2025-05", "sourceIds", source, "editSummary", "Added the listing");
		long designation = this.jdbc.queryForObject("select id from designation where list_name = ?", Long.class,
				"List " + slug);
		ed.submit("/designations/" + designation + "/edit", "disputed", "true", "disputeNote", "The town disputes it",
				"editSummary", "The town disputes the listing");
		assertThat(this.mvc.get().uri("/designations/{id}/history", designation)).bodyText()
			.contains("<del>No</del>")
			.contains("<ins>Yes</ins>")
			.contains("<ins>May 2025</ins>");

		ed.submit("/jurisdictions/" + slug + "/indicators/new", "jurisdiction", slug, "metric", "MIGRANT_SPENDING_USD",
				"value", "2750000", "valueQualifier", "MORE_THAN", "asOf", "2024", "notes", "Figure " + slug,
				"sourceIds", source, "editSummary", "Added the spending");
		long indicator = this.jdbc.queryForObject("select id from indicator where notes = ?", Long.class,
				"Figure " + slug);
		assertThat(this.mvc.get().uri("/indicators/{id}/history", indicator)).bodyText()
			.contains("History of Spending on migrants")
			.contains("<ins>Spending on migrants</ins>")
			.contains("<ins>$2,750,000</ins>")
			.contains("<ins>More than</ins>")
			.contains("<ins>2024</ins>")
			.doesNotContain("MIGRANT_SPENDING_USD");
	}

	private long jurisdictionId(String slug) {
		return this.jdbc.queryForObject("select id from jurisdiction where slug = ?", Long.class, slug);
	}

	private long version(long statementId) {
		return this.jdbc.queryForObject("select version from statement where id = ?", Long.class, statementId);
	}

	/** When each revision of a record was saved, as the history page writes it. */
	private List<String> revisionTimes(String auditTable, long id) {
		return this.jdbc
			.queryForList("select r.revised_at from revision r join " + auditTable
					+ " a on a.rev = r.id where a.id = ? order by r.id", Timestamp.class, id)
			.stream()
			.map((at) -> WHEN.format(at.toInstant()))
			.toList();
	}

	private static Document parse(MvcTestResult feed) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.getResponse().getContentAsByteArray()));
	}

	private static Element entryWithSummary(Element feed, String summary) {
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			if (summary.equals(text(entry, "summary"))) {
				return entry;
			}
		}
		return null;
	}

	private static String text(Element parent, String localName) {
		NodeList found = parent.getElementsByTagNameNS(ATOM, localName);
		return (found.getLength() > 0) ? found.item(0).getTextContent().strip() : null;
	}

}
