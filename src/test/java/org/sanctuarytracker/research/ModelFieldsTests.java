package org.sanctuarytracker.research;

import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.research.ResearchSupport.Csv;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.research.ResearchSupport.csv;
import static org.sanctuarytracker.research.ResearchSupport.download;
import static org.sanctuarytracker.research.ResearchSupport.text;

/**
 * What the model holds beyond a dated verbatim quote and an exact amount, typed in the
 * forms and read back on the pages, in the CSV and in the API: paraphrases, undated
 * statements, the outlet that first reported them, announced policies and hedged amounts.
 */
@TrackerTest
class ModelFieldsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldShowAnUndatedParaphraseAsReportedWithoutQuotationMarks() {
		String slug = Fixtures.unique("paraphrase");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Report " + slug);
		this.jdbc.update(
				"update source set published_on = date '2024-11-01', published_on_precision = 'MONTH' where id = ?",
				source);
		String words = "The mayor has denounced the plan " + slug;
		long id = ResearchSupport.createStatement(this.mvc, slug, person, source, words, "statedOn", "", "kind",
				"PARAPHRASE", "reportedBy", "Fox News");

		assertThat(this.jdbc.queryForMap("select kind, stated_on, reported_by from statement where id = ?", id))
			.containsEntry("kind", "PARAPHRASE")
			.containsEntry("stated_on", null)
			.containsEntry("reported_by", "Fox News");
		String profile = text(this.mvc.get().uri("/jurisdictions/{slug}", slug).exchange());
		assertThat(profile).contains(words)
			.doesNotContain("“" + words)
			.contains("Reported position")
			.contains("reported November 2024")
			.contains("first reported by Fox News");
		assertThat(text(this.mvc.get().uri("/statements?jurisdiction={slug}", slug).exchange())).contains(words)
			.doesNotContain("“" + words);
		// The date filters place it at its source's date.
		assertThat(text(this.mvc.get().uri("/statements?jurisdiction={slug}&from=2024-11-15", slug).exchange()))
			.contains(words);
		assertThat(text(this.mvc.get().uri("/statements?jurisdiction={slug}&from=2024-12-01", slug).exchange()))
			.doesNotContain(words);

		CSVRecord row = csv(download(this.mvc, "/export/statements.csv?jurisdiction={slug}", slug)).row("id",
				String.valueOf(id));
		assertThat(row.get("kind")).isEqualTo("PARAPHRASE");
		assertThat(row.get("stated_on")).isEmpty();
		assertThat(row.get("reported_by")).isEqualTo("Fox News");
		assertThat(text(this.mvc.get().uri("/api/v1/jurisdictions/{slug}", slug).exchange()))
			.containsPattern("\"kind\"\\s*:\\s*\"PARAPHRASE\"")
			.containsPattern("\"reported_by\"\\s*:\\s*\"Fox News\"");
	}

	@Test
	void shouldKeepAQuoteDatedAndInQuotationMarks() {
		String slug = Fixtures.unique("quote");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Transcript " + slug);
		String words = "We will stand together " + slug;
		ResearchSupport.createStatement(this.mvc, slug, person, source, words);
		assertThat(text(this.mvc.get().uri("/jurisdictions/{slug}", slug).exchange())).contains("“" + words + "”")
			.contains("November 2024")
			.doesNotContain("reported November 2024");
	}

	@Test
	void shouldHoldAnAnnouncedPolicyWithAHedgedAmountOutOfForce() {
		String slug = Fixtures.unique("announced");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		long source = ResearchSupport.createSource(this.mvc, "Announcement " + slug);
		long id = ResearchSupport.createPolicy(this.mvc, slug, source, "Justice fund " + slug, "instrument", "OTHER",
				"status", "ANNOUNCED", "amountUsd", "9100000", "amountQualifier", "MORE_THAN", "provisions",
				"LEGAL_DEFENSE_FUND");

		assertThat(this.jdbc.queryForMap("select status, amount_qualifier from policy where id = ?", id))
			.containsEntry("status", "ANNOUNCED")
			.containsEntry("amount_qualifier", "MORE_THAN");
		String profile = text(this.mvc.get().uri("/jurisdictions/{slug}", slug).exchange());
		assertThat(profile).contains("Announced")
			.contains("more than $9,100,000")
			.contains("No provision is in force on record.");
		assertThat(text(this.mvc.get().uri("/policies/{id}", id).exchange())).contains("more than $9,100,000");
		Csv csv = csv(download(this.mvc, "/export/policies.csv?jurisdiction={slug}", slug));
		assertThat(csv.row("id", String.valueOf(id)).get("amount_qualifier")).isEqualTo("MORE_THAN");
		assertThat(csv.row("id", String.valueOf(id)).get("status")).isEqualTo("ANNOUNCED");
	}

	@Test
	void shouldRecordAnAmountTypedWithoutAHedgeAsExactAndNoHedgeWithoutAnAmount() {
		String slug = Fixtures.unique("hedge");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		long source = ResearchSupport.createSource(this.mvc, "Budget " + slug);
		long exact = ResearchSupport.createPolicy(this.mvc, slug, source, "Exact fund " + slug, "amountUsd", "250000");
		long none = ResearchSupport.createPolicy(this.mvc, slug, source, "No amount " + slug, "amountQualifier",
				"NEARLY");
		Map<String, Object> rows = Map.of("exact",
				this.jdbc.queryForObject("select amount_qualifier from policy where id = ?", String.class, exact));
		assertThat(rows).containsEntry("exact", "EXACT");
		assertThat(this.jdbc.queryForObject("select amount_qualifier from policy where id = ?", String.class, none))
			.isNull();
	}

}
