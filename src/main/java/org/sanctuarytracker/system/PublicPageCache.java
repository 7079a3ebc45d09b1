package org.sanctuarytracker.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a {@linkplain PublicReads public read} from what the database holds: with an
 * {@code ETag} and {@code Last-Modified} a browser or a proxy revalidates ({@code 304 Not
 * Modified} when nothing changed), and from a bounded cache of pages already rendered for
 * the same state of the database, so a page read by many costs one small query instead of
 * its own.
 * <p>
 * The state is PostgreSQL's own: the snapshot of committed transactions
 * ({@code pg_current_snapshot()}), which changes whenever any transaction that wrote
 * anything ends, in whatever app instance, import or {@code psql} session. Two reads
 * under the same snapshot see the same rows, so a page rendered after the state was read
 * is stored under it and served while it lasts; a commit during the rendering changes the
 * state, so the next reader renders afresh. Nothing is ever invalidated by hand, and no
 * write can be missed: correctness needs no cooperation from the code that writes. The
 * page also depends on the day (what is in force today), on this instance's templates
 * (its start), on the language and cookies the reader sends and on the public URL the
 * request names; all of them are part of the key or the tag.
 * <p>
 * Only complete {@code 200} HTML, JSON and Atom answers up to {@code max-page} are kept,
 * and only when the request created no session; downloads stream past untouched. A page
 * missing from the cache is rendered once: readers asking for it meanwhile wait for that
 * rendering (up to {@code rendering-wait}) instead of each rendering it again.
 * <p>
 * At most {@code concurrent-renders} public pages are rendered at once (by default as
 * many as the machine has processors); other readers of pages missing from the cache
 * queue for their turn (up to {@code render-queue-wait}, then a 503 asking them to
 * retry). Rendering is CPU work: past that many, more renderers only share the same
 * processors, each holding a pooled connection longer, while an editor's save or an
 * import's commit, which are never queued here, gets an ever smaller share. Downloads
 * under {@code /export/} are not counted: they stream for as long as the reader reads.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class PublicPageCache extends OncePerRequestFilter {

	private static final String STATE = "select pg_current_snapshot()::text,"
			+ " (select revised_at from revision order by id desc limit 1)";

	// Revalidate every time (the answer is cheap when nothing changed); a shared cache
	// keeps one copy per language and cookie, so a signed-in reader never gets another's.
	private static final String CACHE_CONTROL = "no-cache";

	private static final String VARY = "Accept, Accept-Language, Cookie";

	private static final List<String> NOT_STORED = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
			HttpHeaders.TRANSFER_ENCODING, HttpHeaders.DATE, HttpHeaders.SET_COOKIE, HttpHeaders.ETAG,
			HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.LAST_MODIFIED, RequestIds.HEADER);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Cache<String, Stored> pages;

	// Pages being rendered, by ETag (which names the address, the reader's headers and
	// the state): the readers who ask for one meanwhile wait for it.
	private final Map<String, CompletableFuture<Stored>> rendering = new ConcurrentHashMap<>();

	private final Duration renderingWait;

	private final long maxPage;

	private final Semaphore renders;

	private final Duration renderQueueWait;

	// Pages depend on this instance's templates and messages: a new release starts anew.
	private final String release = Long.toString(System.nanoTime(), 36);

	private final Instant started = Instant.now();

	PublicPageCache(JdbcTemplate jdbc, Clock clock, @Value("${tracker.page-cache.size:64MB}") DataSize size,
			@Value("${tracker.page-cache.max-page:300KB}") DataSize maxPage,
			@Value("${tracker.page-cache.rendering-wait:10s}") Duration renderingWait,
			@Value("${tracker.page-cache.concurrent-renders:0}") int concurrentRenders,
			@Value("${tracker.page-cache.render-queue-wait:30s}") Duration renderQueueWait) {
		this.jdbc = jdbc;
		this.renders = new Semaphore(
				(concurrentRenders > 0) ? concurrentRenders : Runtime.getRuntime().availableProcessors(), true);
		this.renderQueueWait = renderQueueWait;
		this.renderingWait = renderingWait;
		this.clock = clock;
		this.maxPage = maxPage.toBytes();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.<String, Stored>weigher((key, page) -> key.length() * 2 + page.body().length)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PublicReads.MATCHER.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// When the database is out this fails, and the reader is told so (503) by
		// UnhandledFailures, as fast as by any query of the page's own.
		State state = this.jdbc.queryForObject(STATE,
				(row, n) -> new State(row.getString(1), instantOf(row.getTimestamp(2))));
		String key = keyOf(request);
		LocalDate today = LocalDate.now(this.clock);
		String etag = "W/\"" + digest(state.snapshot() + '|' + today + '|' + this.release + '|' + key) + "\"";
		Instant lastModified = latest(state.lastRevision(), today.atStartOfDay(this.clock.getZone()).toInstant(),
				this.started);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, VARY);
		// Last-Modified tells when the record last changed through the app; only the ETag
		// decides a 304, since a write outside the app leaves no revision behind.
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toEpochMilli());
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		Stored stored = this.pages.getIfPresent(key);
		if (stored != null && stored.etag().equals(etag)) {
			stored.writeTo(request, response);
			return;
		}
		// One reader renders a page missing from the cache; the others asking for it
		// meanwhile wait for that page rather than render it again each (after a commit,
		// a popular page would otherwise be rendered by every reader at once, each
		// holding a pooled connection, and the readers of cheap pages would queue
		// behind them).
		CompletableFuture<Stored> rendering = new CompletableFuture<>();
		CompletableFuture<Stored> other = this.rendering.putIfAbsent(etag, rendering);
		if (other != null) {
			Stored shared = awaitQuietly(other);
			if (shared != null) {
				shared.writeTo(request, response);
				return;
			}
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Rendering a public page: " + ((stored == null) ? "none stored"
					: "the stored one is of another state (" + stored.etag() + ", now " + etag + ")"));
		}
		Stored rendered = null;
		boolean holdsTurn = !isDownload(request);
		try {
			if (holdsTurn && !takeTurn()) {
				response.setHeader(HttpHeaders.RETRY_AFTER, "5");
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				holdsTurn = false;
				return;
			}
			rendered = render(request, response, chain, etag);
		}
		finally {
			if (holdsTurn) {
				this.renders.release();
			}
			if (other == null) {
				this.rendering.remove(etag, rendering);
				rendering.complete(rendered);
			}
		}
		if (rendered != null) {
			this.pages.put(key, rendered);
		}
	}

	private boolean takeTurn() {
		try {
			return this.renders.tryAcquire(this.renderQueueWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean isDownload(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/export/");
	}

	// The page as rendered for this reader, and its copy when it may be stored.
	private @Nullable Stored render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String etag) throws IOException, ServletException {
		Copying copying = new Copying(response, this.maxPage);
		chain.doFilter(request, copying);
		if (request.isAsyncStarted()) {
			return null; // a download, still streaming on another thread
		}
		copying.flushWriter();
		byte[] body = copying.copy();
		if (body != null && "GET".equals(request.getMethod()) && response.getStatus() == HttpServletResponse.SC_OK
				&& request.getSession(false) == null && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			return new Stored(etag, response.getContentType(), headersOf(response), body);
		}
		return null;
	}

	// The headers the page itself set (X-Snapshot-As-Of, Content-Language, ...), to be
	// given again with it; not those that belong to each answer or that this filter sets.
	private static Map<String, List<String>> headersOf(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (NOT_STORED.stream().noneMatch(name::equalsIgnoreCase)) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return headers;
	}

	// A page another reader renders, or null when it takes too long or cannot be shared
	// (the reader then renders it too).
	private @Nullable Stored awaitQuietly(CompletableFuture<Stored> rendering) {
		try {
			return rendering.get(this.renderingWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	// Everything a public page can depend on besides the data and the day.
	private static String keyOf(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getScheme()).append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI());
		if (request.getQueryString() != null) {
			key.append('?').append(request.getQueryString());
		}
		return key.append('\n')
			.append(Objects.toString(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), ""))
			.append('\n')
			.append(Objects.toString(request.getHeader(HttpHeaders.COOKIE), ""))
			.append('\n')
			.append(Objects.toString(request.getHeader(HttpHeaders.ACCEPT), ""))
			.toString();
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

	private static Instant instantOf(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : Instant.EPOCH;
	}

	private static Instant latest(Instant... instants) {
		Instant latest = Instant.EPOCH;
		for (Instant instant : instants) {
			latest = instant.isAfter(latest) ? instant : latest;
		}
		// HTTP dates have whole seconds; round up so a change within a second still
		// counts.
		return latest.plusMillis(999).truncatedTo(ChronoUnit.SECONDS);
	}

	private record State(String snapshot, Instant lastRevision) {
	}

	private record Stored(String etag, String contentType, Map<String, List<String>> headers, byte[] body) {

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			this.headers.forEach((name, values) -> {
				response.setHeader(name, values.get(0));
				values.stream().skip(1).forEach((value) -> response.addHeader(name, value));
			});
			response.setContentType(this.contentType);
			response.setContentLength(this.body.length);
			if (!"HEAD".equals(request.getMethod())) {
				response.getOutputStream().write(this.body);
			}
		}

	}

	/**
	 * Writes through to the reader as it goes, and keeps a copy of an HTML, JSON or Atom
	 * body while it stays under the page limit. A download is never copied.
	 */
	private static final class Copying extends HttpServletResponseWrapper {

		private final long limit;

		private @Nullable ByteArrayOutputStream copy;

		private boolean givenUp;

		private @Nullable ServletOutputStream stream;

		private @Nullable PrintWriter writer;

		Copying(HttpServletResponse response, long limit) {
			super(response);
			this.limit = limit;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CopyingStream(super.getOutputStream());
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8";
				this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), encoding));
			}
			return this.writer;
		}

		@Override
		public void flushBuffer() throws IOException {
			flushWriter();
			super.flushBuffer();
		}

		void flushWriter() {
			if (this.writer != null) {
				this.writer.flush();
			}
		}

		byte @Nullable [] copy() {
			return (this.copy != null && !this.givenUp) ? this.copy.toByteArray() : null;
		}

		private void copied(byte[] bytes, int offset, int length) {
			if (this.givenUp) {
				return;
			}
			if (this.copy == null) {
				if (!isStorable(getContentType())) {
					this.givenUp = true;
					return;
				}
				this.copy = new ByteArrayOutputStream(8192);
			}
			if (this.copy.size() + length > this.limit) {
				this.givenUp = true;
				this.copy = null;
				return;
			}
			this.copy.write(bytes, offset, length);
		}

		private static boolean isStorable(String contentType) {
			return contentType != null && (contentType.startsWith("text/html")
					|| contentType.startsWith("application/json") || contentType.startsWith("application/atom+xml"));
		}

		private final class CopyingStream extends ServletOutputStream {

			private final ServletOutputStream target;

			CopyingStream(ServletOutputStream target) {
				this.target = target;
			}

			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.target.write(bytes, offset, length);
				copied(bytes, offset, length);
			}

			@Override
			public void flush() throws IOException {
				this.target.flush();
			}

			@Override
			public void close() throws IOException {
				this.target.close();
			}

			@Override
			public boolean isReady() {
				return this.target.isReady();
			}

			@Override
			public void setWriteListener(WriteListener listener) {
				this.target.setWriteListener(listener);
			}

		}

	}

}
