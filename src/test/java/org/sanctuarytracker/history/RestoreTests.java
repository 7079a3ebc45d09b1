package org.sanctuarytracker.history;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.createJurisdiction;
import static org.sanctuarytracker.support.EditingSupport.createPerson;
import static org.sanctuarytracker.support.EditingSupport.createSource;
import static org.sanctuarytracker.support.EditingSupport.createStatement;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.redirectOf;
import static org.sanctuarytracker.support.EditingSupport.trailingId;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Restoring a deleted record from its history (issue 13): as it stood at the chosen
 * revision, with its id, as a revision of its own; refused with the reason when it no
 * longer fits.
 */
@TrackerTest
class RestoreTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void shouldRestoreADeletedStatementAsItStoodAtARevisionRecordedAsARevision() {
		Made made = statement();
		long created = firstRevision("statement", made.statement);
		delete("/statements/" + made.statement + "/delete", version("statement", made.statement), made.editor);
		assertThat(this.mvc.get().uri("/statements/{id}", made.statement)).hasStatus(HttpStatus.NOT_FOUND);
		Document history = Jsoup.parse(body(
				this.mvc.get().uri("/statements/{id}/history", made.statement).with(editor(made.editor)).exchange()));
		assertThat(history.select("form[action=/history/statements/" + made.statement + "/restore]")).hasSize(1);
		assertThat(history.text()).contains("This record was deleted");

		MvcTestResult restored = restore("statements", made.statement, created, "Deleted by mistake",
				uniqueUsername("restorer"));

		assertThat(restored).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/statements/" + made.statement + "/history");
		assertThat(this.mvc.get().uri("/statements/{id}", made.statement)).hasStatusOk()
			.bodyText()
			.contains(made.quote);
		assertThat(this.jdbc.queryForObject("select said_on is not null from statement where id = ?", Boolean.class,
				made.statement))
			.as("the date the database derives, derived again")
			.isTrue();
		String summary = "Restored from revision " + created + ": Deleted by mistake";
		assertThat(this.jdbc.queryForObject(
				"select r.summary from statement_aud a join revision r on r.id = a.rev where a.id = ? order by a.rev desc limit 1",
				String.class, made.statement))
			.isEqualTo(summary);
		assertThat(body(this.mvc.get().uri("/statements/{id}/history", made.statement).exchange())).contains(summary)
			.contains("Deleted by mistake");
		assertThat(body(this.mvc.get().uri("/changes?jurisdiction=" + made.jurisdiction).exchange())).contains(summary);
		// Restored, it offers no restore any more, and a second one is refused.
		assertThat(Jsoup.parse(body(
				this.mvc.get().uri("/statements/{id}/history", made.statement).with(editor(made.editor)).exchange()))
			.select("form[action$=/restore]")).isEmpty();
		assertThat(restore("statements", made.statement, created, "Again", made.editor)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("only a deleted record can be restored");
	}

	@Test
	void shouldRefuseToRestoreAStatementWhoseJurisdictionIsGoneAndSaySo() {
		Made made = statement();
		long created = firstRevision("statement", made.statement);
		delete("/statements/" + made.statement + "/delete", version("statement", made.statement), made.editor);
		long jurisdictionId = this.fixtures.idOf("jurisdiction", made.jurisdiction);
		delete("/jurisdictions/" + made.jurisdiction + "/delete", version("jurisdiction", jurisdictionId), made.editor);
		long revisions = this.jdbc.queryForObject("select count(*) from revision", Long.class);

		MvcTestResult refused = restore("statements", made.statement, created, "Deleted by mistake", made.editor);

		assertThat(refused).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("This version cannot be restored")
			.contains("The jurisdiction it belongs to, or one it names, was deleted since");
		assertThat(this.jdbc.queryForObject("select count(*) from statement where id = ?", Long.class, made.statement))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from revision", Long.class)).isEqualTo(revisions);
		// In Spanish too.
		assertThat(this.mvc.post()
			.uri("/history/statements/{id}/restore?lang=es", made.statement)
			.with(csrf())
			.with(editor(made.editor))
			.param("revision", String.valueOf(created))
			.param("reason", "Por error")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("La jurisdicción a la que pertenece");
		// Restoring the jurisdiction first, then the statement, works.
		assertThat(restore("jurisdictions", jurisdictionId, firstRevision("jurisdiction", jurisdictionId),
				"Deleted too soon", made.editor))
			.hasRedirectedUrl("/history/jurisdictions/" + jurisdictionId);
		assertThat(restore("statements", made.statement, created, "Deleted by mistake", made.editor))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}", made.jurisdiction)).hasStatusOk()
			.bodyText()
			.contains(made.quote);
	}

	@Test
	void shouldRefuseToRestoreAJurisdictionWhoseSlugIsTakenNow() {
		String editor = uniqueUsername("ed");
		String slug = Fixtures.unique("restored-town");
		createJurisdiction(this.mvc, editor, slug, "Created the town");
		long id = this.fixtures.idOf("jurisdiction", slug);
		long created = firstRevision("jurisdiction", id);
		delete("/jurisdictions/" + slug + "/delete", version("jurisdiction", id), editor);
		createJurisdiction(this.mvc, editor, slug, "Another town took the name");

		assertThat(restore("jurisdictions", id, created, "Wanted it back", editor)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Another record now has its slug");
	}

	@Test
	void shouldRestoreADeletedPolicyWithItsProvisionsCitationsAndTargets() {
		String editor = uniqueUsername("ed");
		String slug = Fixtures.unique("policy-town");
		createJurisdiction(this.mvc, editor, slug, "Created the town");
		long source = createSource(this.mvc, editor, "Ordinance text " + slug);
		MvcTestResult made = this.mvc.post()
			.uri("/jurisdictions/{slug}/policies/new", slug)
			.with(csrf())
			.with(editor(editor))
			.params(form("jurisdiction", slug, "instrument", "ORDINANCE", "status", "ENACTED", "title",
					"Welcoming ordinance " + slug, "adoptedOn", "1987-03", "targets", "chicago-il", "sourceIds",
					String.valueOf(source), "editSummary", "Added the ordinance"))
			.param("provisions", "DECLINES_DETAINERS", "LEGAL_DEFENSE_FUND")
			.exchange();
		assertThat(made).hasStatus(HttpStatus.FOUND);
		long id = trailingId(redirectOf(made));
		String links = "select (select string_agg(provision, ',' order by provision) from policy_provision where policy_id = ?)"
				+ " || '/' || (select string_agg(source_id::text, ',') from policy_citation where policy_id = ?)"
				+ " || '/' || coalesce((select string_agg(jurisdiction_id::text, ',') from policy_target where policy_id = ?), '')";
		String before = this.jdbc.queryForObject(links, String.class, id, id, id);
		long created = firstRevision("policy", id);
		delete("/policies/" + id + "/delete", version("policy", id), editor);

		assertThat(restore("policies", id, created, "Still in force", editor)).hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.queryForObject(links, String.class, id, id, id)).isEqualTo(before)
			.startsWith("DECLINES_DETAINERS,LEGAL_DEFENSE_FUND/" + source + "/");
		assertThat(this.mvc.get().uri("/policies/{id}/history", id)).hasStatusOk()
			.bodyText()
			.contains("Restored from revision " + created);
	}

	@Test
	void shouldRestoreADeletedPersonWithTheirTermsAndADeletedSource() {
		String editor = uniqueUsername("ed");
		String slug = Fixtures.unique("person-town");
		createJurisdiction(this.mvc, editor, slug, "Created the town");
		String person = Fixtures.unique("official");
		createPerson(this.mvc, editor, person);
		long source = createSource(this.mvc, editor, "Profile " + slug);
		long personId = this.fixtures.idOf("person", person);
		assertThat(this.mvc.post()
			.uri("/people/{slug}/edit", person)
			.with(csrf())
			.with(editor(editor))
			.params(form("recordId", String.valueOf(personId), "name", "Person " + person, "slug", person,
					"terms[0].title", "Mayor", "terms[0].jurisdiction", slug, "terms[0].heldFrom", "2019",
					"terms[0].sourceId", String.valueOf(source), "editSummary", "Added the title", "version",
					String.valueOf(version("person", personId)))))
			.hasStatus(HttpStatus.FOUND);
		String terms = "select string_agg(id || ':' || title || '@' || jurisdiction_id || '#' || source_id, ',')"
				+ " from person_term where person_id = ?";
		String before = this.jdbc.queryForObject(terms, String.class, personId);
		long withTerms = this.jdbc.queryForObject("select max(rev) from person_aud where id = ?", Long.class, personId);
		delete("/people/" + person + "/delete", version("person", personId), editor);
		assertThat(this.jdbc.queryForObject(terms, String.class, personId)).isNull();

		assertThat(restore("people", personId, withTerms, "Still the mayor", editor))
			.hasRedirectedUrl("/history/people/" + personId);

		assertThat(this.jdbc.queryForObject(terms, String.class, personId)).isEqualTo(before).contains(":Mayor@");
		assertThat(this.mvc.get().uri("/people/{slug}", person)).hasStatusOk().bodyText().contains("Mayor");

		long lone = createSource(this.mvc, editor, "Uncited " + slug);
		long created = firstRevision("source", lone);
		delete("/sources/" + lone + "/delete", version("source", lone), editor);
		assertThat(restore("sources", lone, created, "Will cite it", editor))
			.hasRedirectedUrl("/sources/" + lone + "/history");
		assertThat(this.mvc.get().uri("/sources/{id}", lone)).hasStatusOk().bodyText().contains("Uncited " + slug);
	}

	@Test
	void shouldAskWhyAndRefuseWhatCannotBeRestored() {
		Made made = statement();
		long created = firstRevision("statement", made.statement);
		delete("/statements/" + made.statement + "/delete", version("statement", made.statement), made.editor);
		long deletedIn = this.jdbc.queryForObject("select max(rev) from statement_aud where id = ?", Long.class,
				made.statement);

		assertThat(restore("statements", made.statement, created, "  ", made.editor)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Say why you restore it");
		assertThat(restore("statements", made.statement, deletedIn, "The deletion", made.editor))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("is the one that deleted the record");
		assertThat(restore("statements", made.statement, 999999999L, "No such revision", made.editor))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(restore("no-such-type", made.statement, created, "Nothing", made.editor))
			.hasStatus(HttpStatus.NOT_FOUND);
		// Editors only: a visitor is sent to sign in, and sees no restore form.
		assertThat(this.mvc.post()
			.uri("/history/statements/{id}/restore", made.statement)
			.with(csrf())
			.param("revision", String.valueOf(created))
			.param("reason", "Anonymous")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(Jsoup.parse(body(this.mvc.get().uri("/statements/{id}/history", made.statement).exchange()))
			.select("form[action$=/restore]")).isEmpty();
		assertThat(this.mvc.post()
			.uri("/history/statements/{id}/restore", made.statement)
			.with(editor(made.editor))
			.param("revision", String.valueOf(created))
			.param("reason", "Without a CSRF token")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select count(*) from statement where id = ?", Long.class, made.statement))
			.isZero();
	}

	private record Made(String editor, String jurisdiction, String quote, long statement) {
	}

	private Made statement() {
		String editor = uniqueUsername("ed");
		String slug = Fixtures.unique("restore");
		createJurisdiction(this.mvc, editor, slug, "Created the town");
		String person = Fixtures.unique("speaker");
		createPerson(this.mvc, editor, person);
		long source = createSource(this.mvc, editor, "Source " + slug);
		String quote = "Words deleted then restored " + slug;
		long id = createStatement(this.mvc, editor, slug, person, source, quote, "Added the statement");
		return new Made(editor, slug, quote, id);
	}

	private MvcTestResult restore(String type, long id, long revision, String reason, String editor) {
		return this.mvc.post()
			.uri("/history/{type}/{id}/restore", type, id)
			.with(csrf())
			.with(editor(editor))
			.param("revision", String.valueOf(revision))
			.param("reason", reason)
			.exchange();
	}

	private void delete(String url, long version, String editor) {
		assertThat(this.mvc.post()
			.uri(url)
			.with(csrf())
			.with(editor(editor))
			.params(form("version", String.valueOf(version), "editSummary", "Removed it"))).hasStatus(HttpStatus.FOUND);
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private long firstRevision(String table, long id) {
		return this.jdbc.queryForObject("select min(rev) from " + table + "_aud where id = ?", Long.class, id);
	}

}
