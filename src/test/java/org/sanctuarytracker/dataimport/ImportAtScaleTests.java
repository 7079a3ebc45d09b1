package org.sanctuarytracker.dataimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.ResearchSupport;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.ResearchSupport.text;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Imports at national scale: a dry run's upload waits in the database, not in the session
 * (which holds a short token); an import looks up only the records its file names, with a
 * few queries per chunk of rows however large the database; and a long import commit lets
 * editors save meanwhile, its revision still ordered after theirs.
 */
@TrackerTest
class ImportAtScaleTests {

	private static final String HEADER = "person_slug,jurisdiction_slug,stated_on,stated_on_precision,quote,stance,source_id";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportService imports;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void shouldKeepOnlyATokenInTheSessionAndCommitTheUploadFromAnotherSessionObject() throws IOException {
		Place place = place("spooled");
		String username = ResearchSupport.newEditor();
		MockHttpSession session = new MockHttpSession();
		String token = dryRun(session, username, file(place, 3, "Spooled words"));
		Object held = session.getAttribute("pendingImport");

		// What a session store would keep: a few short strings, not the file.
		assertThat(serializedSize(held)).isLessThan(1024);
		assertThat(this.jdbc.queryForObject("select count(*) from pending_import where username = ? and byte_count > 0",
				Long.class, username))
			.isEqualTo(1);

		// The session lives in the database (Spring Session JDBC): the commit reads it
		// back from there, as another instance would, holding only the attribute.
		assertThat(this.jdbc.queryForObject(
				"select max(length(attribute_bytes)) from spring_session_attributes where attribute_name = 'pendingImport'",
				Integer.class))
			.isLessThan(1024);
		assertThat(commit(session, username, token, "Imported spooled words")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from statement where jurisdiction_id = ?", Long.class,
				place.id()))
			.isEqualTo(3);
		// Committed, the upload is gone.
		assertThat(this.jdbc.queryForObject("select count(*) from pending_import where username = ?", Long.class,
				username))
			.isZero();
	}

	@Test
	void shouldRefuseAnExpiredUploadAndAnotherEditorsToken() {
		Place place = place("refused-token");
		String owner = ResearchSupport.newEditor();
		MockHttpSession session = new MockHttpSession();
		String token = dryRun(session, owner, file(place, 1, "Owned words"));

		// Another editor holding the same session attribute cannot commit it.
		MockHttpSession stolen = new MockHttpSession();
		stolen.setAttribute("pendingImport", session.getAttribute("pendingImport"));
		MvcTestResult foreign = commit(stolen, ResearchSupport.newEditor(), token, "Not mine");
		assertThat(foreign).hasStatus(HttpStatus.CONFLICT);
		assertThat(text(foreign)).contains("upload the file again");

		this.jdbc.update("update pending_import set expires_at = now() - interval '1 second' where username = ?",
				owner);
		MvcTestResult expired = commit(session, owner, token, "Too late");
		assertThat(expired).hasStatus(HttpStatus.CONFLICT);
		assertThat(text(expired)).contains("upload the file again");
		assertThat(this.jdbc.queryForObject("select count(*) from statement where jurisdiction_id = ?", Long.class,
				place.id()))
			.isZero();

		// The next dry run, by anyone, deletes expired uploads.
		dryRun(new MockHttpSession(), ResearchSupport.newEditor(), file(place, 1, "Other words"));
		assertThat(
				this.jdbc.queryForObject("select count(*) from pending_import where username = ?", Long.class, owner))
			.isZero();
	}

	@Test
	void shouldLookUpOnlyTheRecordsTheFileNamesWithAFewQueriesPerChunk() {
		Place place = place("bounded");
		byte[] small = file(place, 3, "Bounded words");
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

		Counts before = counts(statistics, small);
		// A larger database: unrelated records the import must not read.
		for (int i = 0; i < 300; i++) {
			this.fixtures.source("Unrelated source " + i);
			long jurisdiction = this.fixtures.jurisdiction(Fixtures.unique("unrelated"), "CITY", "ZZ");
			this.fixtures.person(Fixtures.unique("unrelated"));
			assertThat(jurisdiction).isPositive();
		}
		Counts after = counts(statistics, small);
		assertThat(after).isEqualTo(before);
		// One jurisdiction, one person, one source: the file's.
		assertThat(after.entities()).isLessThanOrEqualTo(3);

		// A file of several chunks: a few queries per chunk, none per row.
		int rows = 1_200;
		Counts large = counts(statistics, file(place, rows, "Many bounded words"));
		assertThat(large.entities()).isLessThanOrEqualTo(3 * 3);
		assertThat(large.queries()).isLessThanOrEqualTo(5L * ((rows + 499) / 500));
	}

	@Test
	void shouldLetAnEditorSaveWhileAnImportCommitsAndOrderTheirRevisions() throws Exception {
		Place place = place("concurrent");
		long blocked = ResearchSupport.createStatement(this.mvc, place.slug(), place.person(), place.source(),
				"A quote the import corrects " + place.slug());
		// The first row corrects the quote of a stored statement; the others are new.
		StringBuilder file = new StringBuilder("id,").append(HEADER).append("\r\n");
		file.append(blocked)
			.append(',')
			.append(String.join(",", place.person(), place.slug(), "2024-11-01", "MONTH",
					"\"A quote the import corrected " + place.slug() + "\"", "NEUTRAL", String.valueOf(place.source())))
			.append("\r\n");
		String created = new String(file(place, 600, "Imported alongside an editor"), StandardCharsets.UTF_8);
		created.lines().skip(1).forEach((line) -> file.append(',').append(line).append("\r\n"));
		byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try (Connection holder = this.dataSource.getConnection()) {
			// Another transaction holds the row the import updates, so the import stays
			// in the middle of writing its rows for as long as the test wants.
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder.prepareStatement("select id from statement where id = ? for update")) {
				lock.setLong(1, blocked);
				lock.executeQuery().close();
			}
			CompletableFuture<ImportPreview> importing = CompletableFuture.supplyAsync(() -> this.imports
				.commit("statements", new ByteArrayResource(bytes), "Imported statements alongside an editor"),
					threads);
			awaitBlockedOnRowLock(holder);
			assertThat(importing).isNotDone();

			long started = System.nanoTime();
			CompletableFuture<Long> saving = CompletableFuture.supplyAsync(
					() -> ResearchSupport.createSource(this.mvc, "Saved during an import " + place.slug()), threads);
			long source = saving.get(10, TimeUnit.SECONDS);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
			assertThat(importing).isNotDone();

			holder.rollback();
			ImportPreview imported = importing.get(60, TimeUnit.SECONDS);
			assertThat(imported.canCommit()).isTrue();

			long saveRevision = this.jdbc.queryForObject("select min(rev) from source_aud where id = ?", Long.class,
					source);
			long importRevision = this.jdbc.queryForObject("select max(rev) from statement_aud where id = ?",
					Long.class, blocked);
			assertThat(importRevision).isGreaterThan(saveRevision);
			assertThat(this.jdbc.queryForObject(
					"select (select revised_at from revision where id = ?) > (select revised_at from revision where id = ?)",
					Boolean.class, importRevision, saveRevision))
				.isTrue();
			assertThat(this.jdbc.queryForObject("select quote from statement where id = ?", String.class, blocked))
				.isEqualTo("A quote the import corrected " + place.slug());
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** Waits until some transaction waits for the one the holder connection runs. */
	private void awaitBlockedOnRowLock(Connection holder) throws Exception {
		int pid;
		try (PreparedStatement statement = holder.prepareStatement("select pg_backend_pid()");
				ResultSet result = statement.executeQuery()) {
			result.next();
			pid = result.getInt(1);
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			Long waiting = this.jdbc.queryForObject(
					"select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))", Long.class, pid);
			if (waiting != null && waiting > 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The import never reached the locked row");
	}

	private Counts counts(Statistics statistics, byte[] file) {
		statistics.clear();
		ImportPreview preview = this.imports.dryRun("statements", new ByteArrayResource(file));
		assertThat(preview.rejectedCount()).isZero();
		return new Counts(statistics.getEntityLoadCount(), statistics.getPrepareStatementCount());
	}

	private record Counts(long entities, long queries) {
	}

	private Place place(String prefix) {
		String slug = Fixtures.unique(prefix);
		long id = ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Source " + slug);
		return new Place(id, slug, person, source);
	}

	private static byte[] file(Place place, int rows, String words) {
		StringBuilder file = new StringBuilder(HEADER).append("\r\n");
		for (int i = 0; i < rows; i++) {
			file.append(String.join(",", place.person(), place.slug(), "2024-11-01", "MONTH",
					"\"" + words + " " + i + " " + place.slug() + "\"", "NEUTRAL", String.valueOf(place.source())))
				.append("\r\n");
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	private String dryRun(MockHttpSession session, String username, byte[] bytes) {
		MvcTestResult result = this.mvc.post()
			.uri("/import")
			.multipart()
			.file(new MockMultipartFile("file", "statements.csv", "text/csv", bytes))
			.param("table", "statements")
			.session(session)
			.with(csrf())
			.with(editor(username))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(text(result));
		assertThat(token.find()).as("the dry run offers a commit").isTrue();
		return token.group(1);
	}

	private MvcTestResult commit(MockHttpSession session, String username, String token, String summary) {
		return this.mvc.post()
			.uri("/import/commit")
			.param("token", token)
			.param("editSummary", summary)
			.session(session)
			.with(csrf())
			.with(editor(username))
			.exchange();
	}

	private static int serializedSize(Object value) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		return bytes.size();
	}

	private record Place(long id, String slug, String person, long source) {
	}

}
