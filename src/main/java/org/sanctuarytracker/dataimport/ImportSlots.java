package org.sanctuarytracker.dataimport;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many imports (dry runs and commits) run at once. Each holds a pooled database
 * connection for as long as it reads its file; twenty editors' dry runs at once took all
 * ten and left readers and savers to fail waiting for one. The others wait here, holding
 * no connection, in the order they came, up to a bound.
 */
@Component
class ImportSlots {

	private final Semaphore slots;

	private final Duration wait;

	ImportSlots(@Value("${tracker.import.concurrent:2}") int concurrent,
			@Value("${tracker.import.queue-wait:10m}") Duration wait) {
		this.slots = new Semaphore(Math.max(1, concurrent), true);
		this.wait = wait;
	}

	<T> T run(Supplier<T> work) {
		boolean acquired;
		try {
			acquired = this.slots.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ImportsBusy();
		}
		if (!acquired) {
			throw new ImportsBusy();
		}
		try {
			return work.get();
		}
		finally {
			this.slots.release();
		}
	}

	/** No slot freed up in time: the editor is asked to try again later. */
	static final class ImportsBusy extends RuntimeException {

		ImportsBusy() {
			super("Too many imports at once");
		}

	}

}
