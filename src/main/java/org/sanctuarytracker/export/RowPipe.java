package org.sanctuarytracker.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands an export's rows from the thread that reads them from the database to a thread
 * that writes them, a thousand at a time, a few thousand at most in between. The driver
 * fetches the cursor's next rows only when asked for them, so with reading and writing on
 * one thread PostgreSQL waited idle while every row was written: a million statements
 * took the time of the query plus the time of the writing, instead of the longer of the
 * two.
 */
final class RowPipe implements AutoCloseable {

	/** What the writing thread does with each row. */
	interface RowWriter {

		void write(String[] row) throws IOException;

	}

	private static final int BATCH = 1000;

	private static final int BATCHES_IN_FLIGHT = 4;

	private static final List<String[]> END = List.of();

	private final BlockingQueue<List<String[]>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);

	private final Thread writer;

	private volatile Throwable failure;

	private List<String[]> batch = new ArrayList<>(BATCH);

	RowPipe(String name, RowWriter rows) {
		this.writer = new Thread(() -> drain(rows), name);
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/** Called by the reading thread; throws once the writer has failed. */
	void put(String[] row) {
		this.batch.add(row);
		if (this.batch.size() == BATCH) {
			hand(this.batch);
			this.batch = new ArrayList<>(BATCH);
		}
	}

	/** Waits until every row is written; throws what stopped the writer. */
	void finish() {
		if (!this.batch.isEmpty()) {
			hand(this.batch);
		}
		this.batch = new ArrayList<>();
		hand(END);
		join();
		throwIfFailed();
	}

	/** After a failure of the reading thread: stops the writer, leaving its rows. */
	@Override
	public void close() {
		if (this.writer.isAlive()) {
			this.writer.interrupt();
			join();
		}
	}

	private void hand(List<String[]> rows) {
		try {
			while (!this.queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
				throwIfFailed();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing an export", ex);
		}
		throwIfFailed();
	}

	private void drain(RowWriter rows) {
		try {
			for (List<String[]> next = this.queue.take(); next != END; next = this.queue.take()) {
				for (String[] row : next) {
					rows.write(row);
				}
			}
		}
		catch (IOException | RuntimeException | InterruptedException ex) {
			this.failure = ex;
		}
	}

	private void join() {
		try {
			this.writer.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing an export", ex);
		}
	}

	private void throwIfFailed() {
		Throwable failed = this.failure;
		if (failed instanceof IOException io) {
			throw new UncheckedIOException(io);
		}
		if (failed instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failed != null) {
			throw new IllegalStateException("The export's writer stopped", failed);
		}
	}

}
