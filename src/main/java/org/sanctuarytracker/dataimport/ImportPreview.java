package org.sanctuarytracker.dataimport;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import would do (a dry run) or did: counts by action, the first rejected rows
 * with their lines and reasons, and the first rows that would change. Both lists are
 * bounded, so a file of any size makes a page of a bounded size and keeps a bounded
 * number of rows in memory.
 */
public record ImportPreview(String table, long created, long updated, long unchanged, long rejectedCount,
		List<Planned> rejected, List<Planned> changes) {

	static final int SHOWN_CHANGES = 200;

	static final int SHOWN_REJECTED = 200;

	static ImportPreview of(String table, List<Planned> plan) {
		Builder builder = new Builder(table);
		plan.forEach(builder::add);
		return builder.build();
	}

	public boolean canCommit() {
		return this.rejectedCount == 0 && this.created + this.updated > 0;
	}

	public long rows() {
		return this.created + this.updated + this.unchanged + this.rejectedCount;
	}

	/** Whether some rejected rows are counted but not listed. */
	public boolean rejectedTruncated() {
		return this.rejectedCount > this.rejected.size();
	}

	/** Counts the rows as they are planned, keeping only the ones the page shows. */
	static final class Builder {

		private final String table;

		private long created;

		private long updated;

		private long unchanged;

		private long rejectedCount;

		private final List<Planned> rejected = new ArrayList<>();

		private final List<Planned> changes = new ArrayList<>();

		Builder(String table) {
			this.table = table;
		}

		void add(Planned planned) {
			switch (planned.action()) {
				case CREATE -> {
					this.created++;
					keep(this.changes, SHOWN_CHANGES, planned);
				}
				case UPDATE -> {
					this.updated++;
					keep(this.changes, SHOWN_CHANGES, planned);
				}
				case UNCHANGED -> this.unchanged++;
				case REJECT -> {
					this.rejectedCount++;
					keep(this.rejected, SHOWN_REJECTED, planned);
				}
			}
		}

		boolean anyRejected() {
			return this.rejectedCount > 0;
		}

		ImportPreview build() {
			return new ImportPreview(this.table, this.created, this.updated, this.unchanged, this.rejectedCount,
					List.copyOf(this.rejected), List.copyOf(this.changes));
		}

		/** Without its change, which holds the records it would write. */
		private static void keep(List<Planned> list, int limit, Planned planned) {
			if (list.size() < limit) {
				list.add(planned.shown());
			}
		}

	}

}
