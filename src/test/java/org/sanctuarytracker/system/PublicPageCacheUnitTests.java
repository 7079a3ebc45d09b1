package org.sanctuarytracker.system;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The page cache without the app around it: the database's state is a value the test
 * sets, the page a filter chain that counts how often it renders.
 */
class PublicPageCacheUnitTests {

	private final AtomicReference<String> snapshot = new AtomicReference<>("100:100:");

	private final AtomicInteger renderings = new AtomicInteger();

	private PublicPageCache cache = cache(8, Duration.ofSeconds(30));

	@Test
	void shouldRenderAPageOnceForAsLongAsTheDatabaseHoldsTheSameState() throws Exception {
		FilterChain page = page(new CountDownLatch(0));
		assertThat(get("/jurisdictions", page).getContentAsString()).isEqualTo("page 1");
		assertThat(get("/jurisdictions", page).getContentAsString()).isEqualTo("page 1");
		assertThat(this.renderings).hasValue(1);

		this.snapshot.set("100:101:");
		assertThat(get("/jurisdictions", page).getContentAsString()).isEqualTo("page 2");
		assertThat(get("/jurisdictions?page=2", page).getContentAsString()).isEqualTo("page 3");
	}

	@Test
	void shouldLetReadersOfAPageBeingRenderedWaitForItInsteadOfRenderingItEach() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slowPage = page(release);
		ExecutorService readers = Executors.newFixedThreadPool(8);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(readers.submit(() -> get("/statements?q=sanctuary", slowPage)));
			}
			// Let every reader arrive while the first one renders.
			Thread.sleep(300);
			release.countDown();
			for (Future<MockHttpServletResponse> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("page 1");
			}
		}
		finally {
			readers.shutdownNow();
		}
		assertThat(this.renderings).hasValue(1);
	}

	@Test
	void shouldNeverStoreAnAnswerThatIsNotACompletePage() throws Exception {
		FilterChain notFound = (request, response) -> {
			this.renderings.incrementAndGet();
			((jakarta.servlet.http.HttpServletResponse) response).setStatus(404);
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("no such page");
		};
		get("/jurisdictions/nowhere", notFound);
		get("/jurisdictions/nowhere", notFound);
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void shouldRenderNoMorePagesAtOnceThanItsTurnsAndLetTheOthersQueue() throws Exception {
		this.cache = cache(2, Duration.ofSeconds(30));
		AtomicInteger rendering = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		FilterChain page = (request, response) -> {
			most.accumulateAndGet(rendering.incrementAndGet(), Math::max);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			rendering.decrementAndGet();
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write("page".getBytes(StandardCharsets.UTF_8));
		};
		ExecutorService readers = Executors.newFixedThreadPool(6);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				String address = "/jurisdictions?page=" + i;
				answers.add(readers.submit(() -> get(address, page)));
			}
			for (Future<MockHttpServletResponse> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
			}
		}
		finally {
			readers.shutdownNow();
		}
		assertThat(most).hasValue(2);
	}

	@Test
	void shouldAskAReaderToRetryWhenItsTurnDoesNotComeAndNeverQueueDownloads() throws Exception {
		this.cache = cache(1, Duration.ofMillis(200));
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService readers = Executors.newFixedThreadPool(1);
		try {
			Future<MockHttpServletResponse> slow = readers.submit(() -> get("/statements?q=slow", page(release)));
			Thread.sleep(100);
			MockHttpServletResponse busy = get("/statements?q=other", page(new CountDownLatch(0)));
			assertThat(busy.getStatus()).isEqualTo(503);
			assertThat(busy.getHeader("Retry-After")).isEqualTo("5");
			MockHttpServletResponse download = get("/export/statements.csv", page(new CountDownLatch(0)));
			assertThat(download.getStatus()).isEqualTo(200);
			release.countDown();
			assertThat(slow.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		}
		finally {
			readers.shutdownNow();
		}
		assertThat(get("/statements?q=other", page(new CountDownLatch(0))).getStatus()).isEqualTo(200);
	}

	private PublicPageCache cache(int concurrentRenders, Duration renderQueueWait) {
		return new PublicPageCache(database(), Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC),
				DataSize.ofMegabytes(1), DataSize.ofKilobytes(300), Duration.ofSeconds(10), concurrentRenders,
				renderQueueWait);
	}

	private MockHttpServletResponse get(String address, FilterChain chain) throws Exception {
		String[] parts = address.split("\\?", 2);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
		if (parts.length > 1) {
			request.setQueryString(parts[1]);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.cache.doFilter(request, response, chain);
		return response;
	}

	private FilterChain page(CountDownLatch release) {
		return (request, response) -> {
			int n = this.renderings.incrementAndGet();
			try {
				release.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(("page " + n).getBytes(StandardCharsets.UTF_8));
		};
	}

	@SuppressWarnings("unchecked")
	private JdbcTemplate database() {
		JdbcTemplate jdbc = mock(JdbcTemplate.class);
		given(jdbc.queryForObject(anyString(), any(RowMapper.class))).willAnswer((invocation) -> {
			ResultSet row = mock(ResultSet.class);
			given(row.getString(1)).willReturn(this.snapshot.get());
			given(row.getTimestamp(2)).willReturn(Timestamp.from(Instant.parse("2026-12-01T09:00:00Z")));
			return ((RowMapper<Object>) invocation.getArgument(1)).mapRow(row, 0);
		});
		return jdbc;
	}

}
