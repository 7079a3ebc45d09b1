package org.sanctuarytracker.dataimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Uploads waiting between their dry run and their commit, in the database (migration
 * V55): written and read a chunk at a time, so a file costs one chunk of memory however
 * large it is, and any app instance can commit what another one dry-ran. Each upload is
 * named by a random token that only the editor's session holds (the table keeps its
 * digest), belongs to the editor who sent it, and expires.
 */
@Component
class PendingUploads {

	/** Bytes per stored chunk: what a read or a write holds at a time. */
	static final int CHUNK_BYTES = 256 * 1024;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Duration lifetime;

	private final int perEditor;

	private final long maxBytes;

	PendingUploads(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${tracker.import.pending-lifetime:30m}") Duration lifetime,
			@Value("${tracker.import.pending-per-editor:3}") int perEditor, UploadLimit limit) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.lifetime = lifetime;
		this.perEditor = perEditor;
		this.maxBytes = limit.bytes();
	}

	/** An upload found by its token. */
	record Upload(String key, String table, String fileName, JdbcTemplate jdbc) implements InputStreamSource {

		@Override
		public InputStream getInputStream() {
			return new ChunkStream(this.jdbc, this.key);
		}

	}

	/**
	 * Keeps the file for its editor and returns its token. The editor's older uploads
	 * beyond a few are dropped, and so is every expired upload, so the table holds only
	 * what may still be committed.
	 */
	String store(String username, String table, String fileName, InputStreamSource file) throws IOException {
		String token = newToken();
		String key = digest(token);
		try (InputStream in = file.getInputStream()) {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.update("delete from pending_import where expires_at < now()");
				this.jdbc.update("""
						delete from pending_import where upload_key in (
						  select upload_key from pending_import where username = ?
						  order by created_at desc offset ?)""", username, Math.max(0, this.perEditor - 1));
				this.jdbc.update(
						"""
								insert into pending_import (upload_key, username, import_table, file_name, byte_count, expires_at)
								values (?, ?, ?, ?, 0, ?)""",
						key, username, table, fileName, Timestamp.from(Instant.now().plus(this.lifetime)));
				long bytes = copy(in, key);
				this.jdbc.update("update pending_import set byte_count = ? where upload_key = ?", bytes, key);
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return token;
	}

	/** The editor's upload with this token, unless it expired. */
	Optional<Upload> find(String token, String username) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		String key = digest(token);
		List<Upload> found = this.jdbc.query("""
				select import_table, file_name from pending_import
				where upload_key = ? and username = ? and expires_at > now()""",
				(result, n) -> new Upload(key, result.getString(1), result.getString(2), this.jdbc), key, username);
		return found.stream().findFirst();
	}

	void delete(String token) {
		if (token != null) {
			this.jdbc.update("delete from pending_import where upload_key = ?", digest(token));
		}
	}

	private long copy(InputStream in, String key) {
		byte[] buffer = new byte[CHUNK_BYTES];
		long total = 0;
		int seq = 0;
		try {
			int filled;
			while ((filled = in.readNBytes(buffer, 0, buffer.length)) > 0) {
				total += filled;
				if (total > this.maxBytes) {
					throw new FileProblem("import.file.tooLarge", DataSize.ofBytes(this.maxBytes).toMegabytes());
				}
				this.jdbc.update("insert into pending_import_chunk (upload_key, seq, bytes) values (?, ?, ?)", key,
						seq++, (filled == buffer.length) ? buffer : Arrays.copyOf(buffer, filled));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return total;
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/** Reads an upload back one stored chunk at a time. */
	private static final class ChunkStream extends InputStream {

		private final JdbcTemplate jdbc;

		private final String key;

		private int next;

		private byte[] chunk = new byte[0];

		private int position;

		private boolean done;

		ChunkStream(JdbcTemplate jdbc, String key) {
			this.jdbc = jdbc;
			this.key = key;
		}

		@Override
		public int read() {
			if (!fill()) {
				return -1;
			}
			return this.chunk[this.position++] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			int count = Math.min(length, this.chunk.length - this.position);
			System.arraycopy(this.chunk, this.position, buffer, offset, count);
			this.position += count;
			return count;
		}

		private boolean fill() {
			while (!this.done && this.position >= this.chunk.length) {
				List<byte[]> found = this.jdbc.query(
						"select bytes from pending_import_chunk where upload_key = ? and seq = ?",
						(result, n) -> result.getBytes(1), this.key, this.next);
				if (found.isEmpty()) {
					this.done = true;
				}
				else {
					this.chunk = found.get(0);
					this.position = 0;
					this.next++;
				}
			}
			return !this.done;
		}

	}

}
