package org.sanctuarytracker.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.history.EditSummary;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.ResearchSupport;
import org.sanctuarytracker.support.ResearchSupport.Csv;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.ResearchSupport.bytes;
import static org.sanctuarytracker.support.ResearchSupport.csv;
import static org.sanctuarytracker.support.ResearchSupport.download;
import static org.sanctuarytracker.support.ResearchSupport.text;

/**
 * Reproducible downloads: a download names its snapshot, and asking for that snapshot
 * later (as_of) returns the same bytes whatever was edited since; updated_since returns
 * only what changed after a moment, for incremental sync.
 */
@TrackerTest
class AsOfTests {

	private static final String AS_OF = "X-Snapshot-As-Of";

	private static final String REVISION = "X-Snapshot-Revision";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldReturnTheOldQuoteByteForByteAsOfTheSnapshotOfAnEarlierDownload() {
		Statement mine = statement("as-of");
		MvcTestResult before = download(this.mvc, "/export/statements.csv");
		String instant = before.getResponse().getHeader(AS_OF);
		String revision = before.getResponse().getHeader(REVISION);
		assertThat(csv(before).row("id", mine.id()).get("quote")).isEqualTo(mine.quote());

		afterTheMillisecondOf(instant);
		ResearchSupport.editQuote(this.mvc, this.jdbc, Long.parseLong(mine.id()), "Rephrased " + mine.slug(),
				"Rephrased the quote");

		MvcTestResult asOf = download(this.mvc, "/export/statements.csv?as_of={instant}", instant);
		assertThat(asOf).hasStatusOk();
		assertThat(asOf.getResponse().getHeader(AS_OF)).isEqualTo(instant);
		assertThat(asOf.getResponse().getHeader(REVISION)).isEqualTo(revision);
		assertThat(csv(asOf).row("id", mine.id()).get("quote")).isEqualTo(mine.quote());
		// The same snapshot is the same file: the download made then, and asked for
		// again.
		assertThat(bytes(asOf)).isEqualTo(bytes(before));
		byte[] again = bytes(download(this.mvc, "/export/statements.csv?as_of={instant}", instant));
		assertThat(again).isEqualTo(bytes(asOf));

		afterTheMillisecondOf(Instant.now().toString());
		ResearchSupport.editQuote(this.mvc, this.jdbc, Long.parseLong(mine.id()), "Rephrased again " + mine.slug(),
				"Rephrased the quote again");

		assertThat(bytes(download(this.mvc, "/export/statements.csv?as_of={instant}", instant))).isEqualTo(bytes(asOf));
		MvcTestResult current = download(this.mvc, "/export/statements.csv");
		assertThat(csv(current).row("id", mine.id()).get("quote")).isEqualTo("Rephrased again " + mine.slug());
		assertThat(Instant.parse(current.getResponse().getHeader(AS_OF))).isAfter(Instant.parse(instant));
		assertThat(Long.parseLong(current.getResponse().getHeader(REVISION))).isGreaterThan(Long.parseLong(revision));

		// Filters apply to the snapshot too.
		Csv filtered = csv(
				download(this.mvc, "/export/statements.csv?as_of={instant}&jurisdiction={slug}", instant, mine.slug()));
		assertThat(filtered.column("id")).containsExactly(mine.id());
		assertThat(filtered.column("quote")).containsExactly(mine.quote());
	}

	@Test
	void shouldSayWhenTheRecordBeginsAsOfADateBeforeTheFirstRevision() {
		long first = this.jdbc.queryForObject("select min(id) from revision", Long.class);
		String begins = revisedAt(first);
		for (String uri : List.of("/export/jurisdictions.csv?as_of=2000-01-01", "/export/dataset.zip?as_of=2000-01-01",
				"/export/statements.csv?as_of=2000-01-01T12:00:00Z")) {
			MvcTestResult result = download(this.mvc, uri);

			// Not an empty file that looks like "nothing was there": a 400 that says
			// where the record starts.
			assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(ResearchSupport.unescape(text(result))).as(uri)
				.contains("before the record begins")
				.contains(begins)
				.contains("revision " + first);
			assertThat(result.getResponse().getHeader(AS_OF)).as(uri).isNull();
		}
	}

	@Test
	void shouldReadADateAsTheEndOfThatDay() {
		Statement mine = statement("as-of-day");
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		Csv csv = csv(download(this.mvc, "/export/statements.csv?as_of={day}", today));

		assertThat(csv.row("id", mine.id()).get("quote")).isEqualTo(mine.quote());
	}

	@Test
	void shouldNameASnapshotThatCanBeDownloadedAgainWhenAsOfIsToday() {
		// The bundle names its snapshot (header, SNAPSHOT.txt, README's "download these
		// exact files again" link); that link must work and give the same bytes.
		Statement mine = statement("as-of-today");
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		MvcTestResult first = download(this.mvc, "/export/dataset.zip?as_of={day}", today);
		assertThat(first).hasStatusOk();
		String instant = first.getResponse().getHeader(AS_OF);
		ResearchSupport.editQuote(this.mvc, this.jdbc, Long.parseLong(mine.id()), "Edited today " + mine.slug(),
				"Edited after the download");

		MvcTestResult again = download(this.mvc, "/export/dataset.zip?as_of={instant}", instant);

		assertThat(again).hasStatusOk();
		assertThat(bytes(again)).isEqualTo(bytes(first));
	}

	@Test
	void shouldReturnOnlyTheRowsChangedAfterUpdatedSince() {
		Statement untouched = statement("since-untouched");
		Statement edited = statement("since-edited");
		String instant = download(this.mvc, "/export/statements.csv").getResponse().getHeader(AS_OF);
		afterTheMillisecondOf(instant);
		ResearchSupport.editQuote(this.mvc, this.jdbc, Long.parseLong(edited.id()), "Edited later " + edited.slug(),
				"Edited after the sync");
		Statement added = statement("since-added");

		Csv changed = csv(download(this.mvc, "/export/statements.csv?updated_since={instant}", instant));

		assertThat(changed.column("id")).contains(edited.id(), added.id()).doesNotContain(untouched.id());
		assertThat(changed.column("quote")).doesNotContain("It always will be a sanctuary city");
		for (CSVRecord row : changed.records()) {
			assertThat(row.get("updated_at")).as("updated_at of statement " + row.get("id")).isNotEmpty();
			assertThat(Instant.parse(row.get("updated_at"))).isAfter(Instant.parse(instant));
		}
		assertThat(changed.row("id", edited.id()).get("quote")).isEqualTo("Edited later " + edited.slug());
		// The other tables too: the jurisdiction created after the moment is there, the
		// demo's are not.
		Csv jurisdictions = csv(download(this.mvc, "/export/jurisdictions.csv?updated_since={instant}", instant));
		assertThat(jurisdictions.column("slug")).contains(added.slug()).doesNotContain("chicago-il");
	}

	@Test
	void shouldBundleTheSameBytesForTheSameSnapshot() {
		Statement mine = statement("as-of-zip");
		MvcTestResult first = download(this.mvc, "/export/dataset.zip");
		String instant = first.getResponse().getHeader(AS_OF);
		String revision = first.getResponse().getHeader(REVISION);

		afterTheMillisecondOf(instant);
		ResearchSupport.editQuote(this.mvc, this.jdbc, Long.parseLong(mine.id()), "Zipped later " + mine.slug(),
				"Changed after the bundle");

		MvcTestResult asOf = download(this.mvc, "/export/dataset.zip?as_of={instant}", instant);
		assertThat(asOf).hasStatusOk();
		assertThat(asOf.getResponse().getHeader(AS_OF)).isEqualTo(instant);
		byte[] zip = bytes(asOf);
		assertThat(zip).isEqualTo(bytes(first));
		assertThat(bytes(download(this.mvc, "/export/dataset.zip?as_of={instant}", instant))).isEqualTo(zip);

		Map<String, byte[]> entries = ResearchSupport.unzip(zip);
		assertThat(new String(entries.get("SNAPSHOT.txt"), StandardCharsets.UTF_8))
			.isEqualTo("as_of=" + instant + "\nrevision=" + revision + "\n");
		assertThat(new String(entries.get("README.md"), StandardCharsets.UTF_8)).contains(instant)
			.contains("/export/dataset.zip?as_of=" + instant);
		// The bundle's table is the table's own download at the same snapshot.
		byte[] statements = bytes(download(this.mvc, "/export/statements.csv?as_of={instant}", instant));
		assertThat(entries.get("statements.csv")).isEqualTo(statements);
		assertThat(csv(new String(statements, StandardCharsets.UTF_8)).row("id", mine.id()).get("quote"))
			.isEqualTo(mine.quote());

		afterTheMillisecondOf(Instant.now().toString());
		ResearchSupport.editQuote(this.mvc, this.jdbc, Long.parseLong(mine.id()), "Zipped much later " + mine.slug(),
				"Changed again");
		assertThat(bytes(download(this.mvc, "/export/dataset.zip?as_of={instant}", instant))).isEqualTo(zip);
		Map<String, byte[]> current = ResearchSupport.unzip(bytes(download(this.mvc, "/export/dataset.zip")));
		assertThat(csv(new String(current.get("statements.csv"), StandardCharsets.UTF_8)).row("id", mine.id())
			.get("quote")).isEqualTo("Zipped much later " + mine.slug());
	}

	@Test
	void shouldNameTheRevisionReadNotTheMomentAskedForSoALateCommitCannotChangeTheSnapshot() throws Exception {
		// A save stamps its revision before it commits. A read "as of now" made in
		// between does not see it; had the read been named "now", asking for that
		// instant again after the commit would include the save.
		CountDownLatch stamped = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService saver = Executors.newSingleThreadExecutor();
		try {
			Future<?> save = saver.submit(() -> this.transactions.executeWithoutResult((status) -> {
				EditSummary.set("A save that commits after the read");
				this.jdbc.update("insert into revision (revised_at, username, summary)"
						+ " values (clock_timestamp(), 'late-saver', 'A save that commits after the read')");
				stamped.countDown();
				await(commit);
			}));
			assertThat(stamped.await(10, TimeUnit.SECONDS)).isTrue();
			String now = Instant.now().toString();
			MvcTestResult read = download(this.mvc, "/export/statements.csv?as_of={now}", now);
			String named = read.getResponse().getHeader(AS_OF);
			String revision = read.getResponse().getHeader(REVISION);
			commit.countDown();
			save.get(10, TimeUnit.SECONDS);

			assertThat(named).isEqualTo(revisedAt(Long.parseLong(revision)));
			MvcTestResult again = download(this.mvc, "/export/statements.csv?as_of={instant}", named);
			assertThat(again.getResponse().getHeader(REVISION)).isEqualTo(revision);
			assertThat(again.getResponse().getHeader(AS_OF)).isEqualTo(named);
			assertThat(bytes(again)).isEqualTo(bytes(read));
		}
		finally {
			commit.countDown();
			saver.shutdownNow();
		}
	}

	@Test
	void shouldNameTheNewestRevisionsInstantAsOfTodayInEveryHeaderAndInTheBundle() {
		statement("as-of-named");
		long newest = this.jdbc.queryForObject("select max(id) from revision", Long.class);
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		for (String uri : List.of("/export/statements.csv?as_of=" + today, "/export/dataset.zip?as_of=" + today,
				"/api/v1/statements?as_of=" + today, "/api/v1/jurisdictions/chicago-il?as_of=" + today,
				"/export/statements.csv", "/api/v1/jurisdictions/chicago-il")) {
			MvcTestResult result = download(this.mvc, uri);
			assertThat(result).as(uri).hasStatusOk();
			assertThat(result.getResponse().getHeader(AS_OF)).as(uri).isEqualTo(revisedAt(newest));
			assertThat(result.getResponse().getHeader(REVISION)).as(uri).isEqualTo(String.valueOf(newest));
		}
		Map<String, byte[]> bundle = ResearchSupport
			.unzip(bytes(download(this.mvc, "/export/dataset.zip?as_of={day}", today)));
		assertThat(new String(bundle.get("SNAPSHOT.txt"), StandardCharsets.UTF_8))
			.isEqualTo("as_of=" + revisedAt(newest) + "\nrevision=" + newest + "\n");
	}

	@Test
	void shouldAnswerGarbageAsOfWithTheSame400Everywhere() {
		for (String uri : List.of("/export/statements.csv", "/export/dataset.zip", "/api/v1/statements",
				"/api/v1/jurisdictions/chicago-il")) {
			MvcTestResult result = download(this.mvc, uri + "?as_of=garbage");
			assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(ResearchSupport.unescape(text(result))).as(uri)
				.contains("as_of: “garbage” is not a date (YYYY-MM-DD) or an instant");
		}
	}

	@Test
	void shouldRefuseAsOfOnPagesThatShowOnlyTheCurrentData() {
		// A profile, the jurisdiction list, the map and search take as_of
		// (PastProfilePageTests, PastListAndMapTests, PastSearchTests); a profile's
		// lists' own pages do not.
		for (String uri : List.of("/jurisdictions/chicago-il/policies", "/", "/statements", "/export", "/changes")) {
			MvcTestResult result = this.mvc.get().uri(uri + "?as_of=2020-01-01").exchange();
			assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(ResearchSupport.unescape(text(result))).as(uri)
				.contains("shows the current data only")
				.contains("/api/v1/jurisdictions/{slug}?as_of=");
			// Without as_of the page is there.
			assertThat(this.mvc.get().uri(uri).exchange()).as(uri).hasStatusOk();
		}
	}

	@Test
	void shouldNotLetARevisionBeStampedBeforeTheNewestOne() {
		// Revision times increase with revision numbers whatever clock stamped them,
		// so as_of=a revision's instant can never later take in a revision after it.
		statement("as-of-clock");
		this.transactions.executeWithoutResult((status) -> {
			String newest = revisedAt(this.jdbc.queryForObject("select max(id) from revision", Long.class));
			Long late = this.jdbc.queryForObject("insert into revision (revised_at, username, summary)"
					+ " values (now() - interval '1 day', 'slow-clock', 'Stamped by a slow clock') returning id",
					Long.class);
			assertThat(Instant.parse(revisedAt(late))).isAfter(Instant.parse(newest));
			status.setRollbackOnly();
		});
	}

	@Test
	void shouldEndEveryAuditRowWhereTheNextRowOfItsRecordBegins() {
		// Every audit row this database holds, from every test's saves, imports and
		// deletes: its revend (what as_of reads through, migration V70) is the revision
		// of its record's next audit row, or null for the newest.
		Statement mine = statement("as-of-ends");
		ResearchSupport.editQuote(this.mvc, this.jdbc, Long.parseLong(mine.id()), "Rephrased " + mine.slug(),
				"Rephrased the quote");
		Map<String, String> keys = Map.of("statement_aud", "id", "jurisdiction_aud", "id", "person_aud", "id",
				"source_aud", "id", "policy_aud", "id", "policy_citation_aud", "policy_id, source_id",
				"policy_provision_aud", "policy_id, provision", "jurisdiction_citation_aud",
				"jurisdiction_id, source_id", "funding_exposure_citation_aud", "funding_exposure_id, source_id");
		keys.forEach((table, key) -> assertThat(this.jdbc.queryForObject(
				"select count(*) from (select revend, lead(rev)" + " over (partition by " + key
						+ " order by rev) as next_rev from " + table + ") a where revend is distinct from next_rev",
				Long.class))
			.as(table)
			.isZero());
		assertThat(this.jdbc.queryForObject("select count(*) from statement_aud where id = ? and revend is not null",
				Long.class, Long.parseLong(mine.id())))
			.isEqualTo(1);
	}

	@Test
	void shouldEndAuditRowsInsertedInAnyOrder() {
		// Loads and fixtures write history with SQL: a revision inserted before an older
		// one, or two revisions of a record in one statement, still end where they
		// should.
		this.transactions.executeWithoutResult((status) -> {
			List<Long> revisions = this.jdbc
				.queryForList("insert into revision (revised_at, username, summary) select now(), 'test', 'Ends ' || n"
						+ " from generate_series(1, 3) n returning id", Long.class);
			String insert = "insert into policy_provision_aud (rev, revtype, policy_id, provision) values ";
			this.jdbc.update(insert + "(?, 0, -1, 'X')", revisions.get(2));
			this.jdbc.update(insert + "(?, 0, -1, 'X'), (?, 2, -1, 'X')", revisions.get(0), revisions.get(1));
			assertThat(this.jdbc.queryForList(
					"select coalesce(revend, 0) from policy_provision_aud where policy_id = -1 order by rev",
					Long.class))
				.containsExactly(revisions.get(1), revisions.get(2), 0L);
			status.setRollbackOnly();
		});
	}

	private String revisedAt(long revision) {
		return this.jdbc.queryForObject("select revised_at from revision where id = ?", OffsetDateTime.class, revision)
			.toInstant()
			.toString();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A statement made through the forms, in a jurisdiction of its own. */
	private Statement statement(String prefix) {
		String slug = Fixtures.unique(prefix);
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Source " + slug);
		String quote = "Said first " + slug;
		long id = ResearchSupport.createStatement(this.mvc, slug, person, source, quote);
		return new Statement(String.valueOf(id), slug, quote);
	}

	/**
	 * Waits until the clock has left the millisecond of the instant, so that a later edit
	 * is stamped after it.
	 */
	private static void afterTheMillisecondOf(String instant) {
		long millisecond = Instant.parse(instant).toEpochMilli();
		while (System.currentTimeMillis() <= millisecond) {
			Thread.onSpinWait();
		}
	}

	private record Statement(String id, String slug, String quote) {
	}

}
