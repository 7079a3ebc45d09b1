package org.sanctuarytracker.system;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps a pool's retries of a dead database frequent, so service resumes within about a
 * second of its return.
 * <p>
 * Hikari opens connections on one thread per pool ({@code <pool>:connection-adder}).
 * While requests wait for a connection and the database refuses it, that thread retries
 * with a back-off that doubles from 10 ms up to 5 s. On a live site requests never stop
 * waiting during an outage, so the back-off reaches 5 s, and the first requests after the
 * database's return are answered 503 until that sleep ends: up to 5 s with the database
 * up. Hikari ends a retrying thread that is interrupted (its loop checks
 * {@link Thread#interrupted()}), and the next request that waits starts a new one from 10
 * ms. So a request answered 503 wakes the sleeping thread, at most once per
 * {@code interval}, which keeps the time between retries near that interval.
 */
final class ConnectionRetries {

	private final long intervalNanos;

	private final AtomicLong lastShortened;

	ConnectionRetries(Duration interval) {
		this.intervalNanos = interval.toNanos();
		this.lastShortened = new AtomicLong(System.nanoTime() - this.intervalNanos);
	}

	/** Ends the back-off sleep of the named pool's connection-adding thread, if due. */
	void shorten(String poolName) {
		long now = System.nanoTime();
		long last = this.lastShortened.get();
		if (now - last < this.intervalNanos || !this.lastShortened.compareAndSet(last, now)) {
			return;
		}
		String adder = poolName + ":connection-adder";
		for (Thread thread : liveThreads()) {
			// Sleeping in its back-off (or idle in its executor, which an interrupt
			// leaves idle); never while it opens a connection.
			if (adder.equals(thread.getName()) && thread.getState() == Thread.State.TIMED_WAITING) {
				thread.interrupt();
			}
		}
	}

	private static Thread[] liveThreads() {
		ThreadGroup root = Thread.currentThread().getThreadGroup();
		while (root.getParent() != null) {
			root = root.getParent();
		}
		Thread[] threads = new Thread[root.activeCount() + 16];
		int count = root.enumerate(threads, true);
		return Arrays.copyOf(threads, count);
	}

}
