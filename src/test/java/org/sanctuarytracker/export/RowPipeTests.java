package org.sanctuarytracker.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rows an export reads reach its writer all, in order, on another thread; a writer
 * that fails (the client went away) stops the reading, and a reading that fails stops the
 * writer.
 */
class RowPipeTests {

	@Test
	void shouldWriteEveryRowInOrderOnTheWritingThread() {
		List<String> written = new ArrayList<>();
		List<String> threads = new ArrayList<>();
		try (RowPipe pipe = new RowPipe("test-writer", (row) -> {
			written.add(row[0]);
			threads.add(Thread.currentThread().getName());
		})) {
			for (int i = 0; i < 4_321; i++) {
				pipe.put(new String[] { Integer.toString(i) });
			}
			pipe.finish();
		}
		assertThat(written).hasSize(4_321).startsWith("0", "1").endsWith("4319", "4320");
		for (int i = 0; i < written.size(); i++) {
			assertThat(written.get(i)).isEqualTo(Integer.toString(i));
		}
		assertThat(threads).containsOnly("test-writer");
	}

	@Test
	void shouldStopTheReadingWhenTheWriterFails() {
		RowPipe pipe = new RowPipe("test-writer", (row) -> {
			if (row[0].equals("1500")) {
				throw new IOException("Broken pipe");
			}
		});
		assertThatThrownBy(() -> {
			for (int i = 0; i < 1_000_000; i++) {
				pipe.put(new String[] { Integer.toString(i) });
			}
			pipe.finish();
		}).isInstanceOf(UncheckedIOException.class).hasMessageContaining("Broken pipe");
		pipe.close();
	}

	@Test
	void shouldStopTheWriterWhenTheReadingFails() throws InterruptedException {
		CountDownLatch writing = new CountDownLatch(1);
		Thread[] writer = new Thread[1];
		try (RowPipe pipe = new RowPipe("test-writer", (row) -> {
			writer[0] = Thread.currentThread();
			writing.countDown();
		})) {
			for (int i = 0; i < 1_000; i++) {
				pipe.put(new String[] { "row" });
			}
			assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
			// The reading fails here (an SQL error): close without finish.
		}
		writer[0].join(10_000);
		assertThat(writer[0].isAlive()).isFalse();
	}

}
