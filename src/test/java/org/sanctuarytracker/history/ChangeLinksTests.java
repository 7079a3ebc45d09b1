package org.sanctuarytracker.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.FormFiller;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.jurisdictionName;
import static org.sanctuarytracker.support.EditingSupport.trailingId;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;

/**
 * Every link the change list, the history pages and the Atom feeds render opens a page,
 * whatever became of the record since: edited, renamed, its slug taken by another, or
 * deleted.
 */
@TrackerTest
class ChangeLinksTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldOpenEveryLinkOfTheChangesTheHistoryPagesAndTheFeedsAfterEditsOfEveryRecordType() {
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("crawler"));
		String place = Fixtures.unique("crawled");
		String renamedPlace = place + "-renamed";
		String speaker = Fixtures.unique("crawled-speaker");
		String gone = Fixtures.unique("crawled-gone");

		// A jurisdiction renamed, and its old slug taken by a new one.
		ed.submit("/jurisdictions/new", "kind", "CITY", "name", jurisdictionName(place), "slug", place, "stateCode",
				"ZZ", "status", "UNASSESSED", "editSummary", "Created the crawled town");
		ed.submit("/jurisdictions/" + place + "/edit", "slug", renamedPlace, "name", jurisdictionName(renamedPlace),
				"editSummary", "Renamed the crawled town");
		ed.submit("/jurisdictions/new", "kind", "CITY", "name", jurisdictionName(place), "slug", place, "stateCode",
				"ZZ", "status", "UNASSESSED", "editSummary", "Created a town with the freed slug");

		// A source, a person renamed, and a person deleted.
		long source = trailingId(ed.submit("/sources/new", "title", "Crawled source " + place, "editSummary",
				"Added the crawled source"));
		ed.submit("/sources/" + source + "/edit", "title", "Crawled source, retitled " + place, "editSummary",
				"Retitled the source");
		ed.submit("/people/new", "name", "Person " + speaker, "slug", speaker, "jurisdiction", renamedPlace,
				"editSummary", "Added the speaker");
		ed.submit("/people/" + speaker + "/edit", "slug", speaker + "-renamed", "editSummary", "Renamed the speaker");
		ed.submit("/people/new", "name", "Person " + gone, "slug", gone, "jurisdiction", renamedPlace, "editSummary",
				"Added a person later removed");
		ed.submit("/people/" + gone + "/delete", "editSummary", "Removed the person");

		// Every kind of fact, each created and edited.
		String sourceId = String.valueOf(source);
		long statement = trailingId(ed.submit("/jurisdictions/" + renamedPlace + "/statements/new", "person",
				speaker + "-renamed", "jurisdiction", renamedPlace, "statedOn", "2024-11", "quote",
				"We will stay a welcoming city " + place, "stance", "SUPPORTS_SANCTUARY", "sourceIds", sourceId,
				"editSummary", "Added the statement"));
		ed.submit("/statements/" + statement + "/edit", "quote", "We will always stay a welcoming city " + place,
				"editSummary", "Fixed a word in the quote");
		long policy = trailingId(ed.submit("/jurisdictions/" + renamedPlace + "/policies/new", "jurisdiction",
				renamedPlace, "instrument", "ORDINANCE", "status", "ENACTED", "title", "Crawled ordinance " + place,
				"amountUsd", "2750000", "provisions", "LEGAL_DEFENSE_FUND", "sourceIds", sourceId, "editSummary",
				"Added the ordinance"));
		ed.submit("/policies/" + policy + "/edit", "amountUsd", "3000000", "editSummary", "Corrected the amount");
		ed.submit("/jurisdictions/" + renamedPlace + "/funding/new", "jurisdiction", renamedPlace, "program",
				"Crawled grants " + place, "fiscalYear", "2025", "amountAtRiskUsd", "1300000", "status", "THREATENED",
				"sourceIds", sourceId, "editSummary", "Added the grant at risk");
		long funding = id("select id from funding_exposure where program = ?", "Crawled grants " + place);
		ed.submit("/funding/" + funding + "/edit", "status", "WITHHELD", "editSummary", "The grant was withheld");
		ed.submit("/jurisdictions/" + renamedPlace + "/indicators/new", "jurisdiction", renamedPlace, "metric",
				"MIGRANT_ARRIVALS", "value", "12345", "valueQualifier", "MORE_THAN", "asOf", "2024", "notes",
				"Crawled figure " + place, "sourceIds", sourceId, "editSummary", "Added the figure");
		long indicator = id("select id from indicator where notes = ?", "Crawled figure " + place);
		ed.submit("/indicators/" + indicator + "/edit", "value", "23456", "editSummary", "Updated the figure");
		ed.submit("/jurisdictions/" + renamedPlace + "/designations/new", "jurisdiction", renamedPlace, "listName",
				"Crawled list " + place, "listedOn", "2025-05", "sourceIds", sourceId, "editSummary",
				"Added the listing");
		long designation = id("select id from designation where list_name = ?", "Crawled list " + place);
		ed.submit("/designations/" + designation + "/edit", "disputed", "true", "disputeNote", "The town disputes it",
				"editSummary", "The town disputes the listing");
		ed.submit("/designations/" + designation + "/delete", "editSummary", "Removed the listing");

		// A jurisdiction deleted.
		ed.submit("/jurisdictions/new", "kind", "CITY", "name", jurisdictionName(gone), "slug", gone, "stateCode", "ZZ",
				"status", "UNASSESSED", "editSummary", "Created a town later removed");
		ed.submit("/jurisdictions/" + gone + "/delete", "editSummary", "Removed the town");

		Crawl crawl = new Crawl();
		crawl.page("/changes?size=200&editor=" + ed.username());
		crawl.page("/changes");
		crawl.feed("/changes.atom");
		crawl.feed("/jurisdictions/" + renamedPlace + "/changes.atom");
		crawl.feed("/jurisdictions/" + place + "/changes.atom");
		// One step further: every history page those link to, and what it links to.
		for (String link : List.copyOf(crawl.links)) {
			if (link.contains("history")) {
				crawl.page(link);
			}
		}
		for (String link : List.copyOf(crawl.links)) {
			crawl.open(link);
		}

		assertThat(crawl.failures).as("links that do not open a page").isEmpty();
		assertThat(crawl.historyPages()).as("history pages linked from the changes and the feeds")
			.hasSizeGreaterThanOrEqualTo(12);
		assertThat(crawl.bodies.values()).as("the deleted person's history")
			.anyMatch((html) -> html.contains("History of Person " + gone) && html.contains("Removed the person"));
		assertThat(crawl.bodies.values()).as("the deleted town's history")
			.anyMatch((html) -> html.contains("History of " + jurisdictionName(gone))
					&& html.contains("Removed the town"));
		assertThat(crawl.bodies.values()).as("the renamed person's history")
			.anyMatch((html) -> html.contains("History of Person " + speaker) && html.contains("Renamed the speaker"));
	}

	private long id(String sql, String value) {
		return this.jdbc.queryForObject(sql, Long.class, value);
	}

	/**
	 * The pages and feeds opened, the internal links they hold, and those that failed.
	 */
	private final class Crawl {

		private final Set<String> links = new LinkedHashSet<>();

		private final Map<String, String> bodies = new LinkedHashMap<>();

		private final List<String> failures = new ArrayList<>();

		void page(String url) {
			String html = open(url);
			if (html != null) {
				collect(url, Jsoup.parse(html, "http://localhost").select("a[href], link[href]").eachAttr("href"));
			}
		}

		void feed(String url) {
			String xml = open(url);
			if (xml != null) {
				Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
				collect(url, feed.select("link[href]").eachAttr("href"));
				for (Element id : feed.select("entry > id")) {
					collect(url, List.of(id.text()));
				}
			}
		}

		/** The page's body, or null when it did not open (noted as a failure). */
		String open(String url) {
			if (this.bodies.containsKey(url)) {
				return this.bodies.get(url);
			}
			MvcTestResult result = ChangeLinksTests.this.mvc.get().uri(url).exchange();
			int status = result.getResponse().getStatus();
			if (status == 404 || status >= 500) {
				this.failures.add(url + " → " + status);
				this.bodies.put(url, null);
				return null;
			}
			String text = body(result);
			this.bodies.put(url, text);
			return text;
		}

		List<String> historyPages() {
			return this.bodies.keySet().stream().filter((url) -> url.contains("history")).toList();
		}

		private void collect(String from, List<String> hrefs) {
			for (String href : hrefs) {
				String link = href.replaceFirst("^http://localhost(:80)?", "").replaceFirst("#.*$", "");
				if (link.startsWith("/") && !link.startsWith("//")) {
					this.links.add(link);
				}
				else if (!link.isEmpty() && !link.startsWith("http")) {
					this.failures.add(from + ": a link neither internal nor absolute: " + href);
				}
			}
		}

	}

}
