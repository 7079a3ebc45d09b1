package org.sanctuarytracker.editing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.createJurisdiction;
import static org.sanctuarytracker.support.EditingSupport.createPerson;
import static org.sanctuarytracker.support.EditingSupport.createSource;
import static org.sanctuarytracker.support.EditingSupport.createStatement;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;

/**
 * A refused delete links what depends on the record (issue 13): the lists that hold them,
 * filtered to it, or where there is none the first few by name.
 */
@TrackerTest
class DeleteLinksTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void shouldLinkTheDependentsOfAJurisdiction() {
		String editor = uniqueUsername("ed");
		String slug = Fixtures.unique("delete-links");
		createJurisdiction(this.mvc, editor, slug, "Created the town");
		String speaker = Fixtures.unique("speaker");
		createPerson(this.mvc, editor, speaker);
		long source = createSource(this.mvc, editor, "Source " + slug);
		createStatement(this.mvc, editor, slug, speaker, source, "Words " + slug, "Added the statement");
		long jurisdiction = this.fixtures.idOf("jurisdiction", slug);
		String official = Fixtures.unique("official");
		long person = this.fixtures.person(official);
		this.jdbc.update("update person set jurisdiction_id = ?, name = ? where id = ?", jurisdiction,
				"Official " + official, person);
		this.fixtures.jurisdiction(Fixtures.unique("within"), "CITY", "ZZ");
		this.jdbc.update("update jurisdiction set parent_id = ? where slug like 'within-%' and parent_id is null",
				jurisdiction);

		Document page = Jsoup
			.parse(body(this.mvc.get().uri("/jurisdictions/{slug}/delete", slug).with(editor(editor)).exchange()));

		assertThat(page.select(".alert-danger li").text()).contains("statements: 1").contains("people");
		assertThat(page.select("a[href=/statements?jurisdiction=" + slug + "]").text()).isEqualTo("see the statements");
		assertThat(page.select("a[href=/people/" + official + "]").text()).isEqualTo("Official " + official);
		assertThat(page.select("a[href=/jurisdictions/" + slug + "/places]")).hasSize(1);
		assertThat(page.select("form[action$=/delete]")).as("no delete offered").isEmpty();
	}

	@Test
	void shouldLinkAPersonsStatementsAndASourcesCitingFacts() {
		String editor = uniqueUsername("ed");
		String slug = Fixtures.unique("delete-links");
		createJurisdiction(this.mvc, editor, slug, "Created the town");
		String speaker = Fixtures.unique("speaker");
		createPerson(this.mvc, editor, speaker);
		long source = createSource(this.mvc, editor, "Source " + slug);
		createStatement(this.mvc, editor, slug, speaker, source, "Words " + slug, "Added the statement");

		Document person = Jsoup
			.parse(body(this.mvc.get().uri("/people/{slug}/delete", speaker).with(editor(editor)).exchange()));
		assertThat(person.select(".alert-danger a[href=/statements?person=" + speaker + "]").text())
			.isEqualTo("see the statements");

		Document cited = Jsoup
			.parse(body(this.mvc.get().uri("/sources/{id}/delete", source).with(editor(editor)).exchange()));
		assertThat(cited.select(".alert-danger a[href=/sources/" + source + "]").text())
			.isEqualTo("see the facts that cite it");
	}

}
