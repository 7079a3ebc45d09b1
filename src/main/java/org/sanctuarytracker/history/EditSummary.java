package org.sanctuarytracker.history;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Carries the editor's one-line summary from the service that saves to the revision that
 * records the save. A service calls {@link #set(String)} inside its transaction; the
 * summary is forgotten when the transaction ends.
 */
public final class EditSummary {

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private EditSummary() {
	}

	public static void set(String summary) {
		if (summary == null || summary.isBlank()) {
			throw new IllegalArgumentException("Every save needs an edit summary");
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("An edit summary belongs to a transaction");
		}
		CURRENT.set(summary.strip());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			// Only as the save commits: its rows are written by then, so the lock covers
			// just the revision and audit rows and the commit. Taken when the summary was
			// set, it made every save wait behind a long import for all of its minutes.
			@Override
			public void beforeCommit(boolean readOnly) {
				RevisionOrder.take();
			}

			@Override
			public void afterCompletion(int status) {
				CURRENT.remove();
			}
		});
	}

	static String current() {
		return CURRENT.get();
	}

}
