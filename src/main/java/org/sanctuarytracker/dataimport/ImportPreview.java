package org.sanctuarytracker.dataimport;

import java.util.List;

/**
 * What an import would do (a dry run) or did: counts by action, every rejected row with
 * its line and reasons, and the first rows that would change.
 */
public record ImportPreview(String table, long created, long updated, long unchanged, List<Planned> rejected,
		List<Planned> changes) {

	static final int SHOWN_CHANGES = 200;

	static ImportPreview of(String table, List<Planned> plan) {
		long created = plan.stream().filter((p) -> p.action() == Planned.Action.CREATE).count();
		long updated = plan.stream().filter((p) -> p.action() == Planned.Action.UPDATE).count();
		long unchanged = plan.stream().filter((p) -> p.action() == Planned.Action.UNCHANGED).count();
		List<Planned> rejected = plan.stream().filter((p) -> p.action() == Planned.Action.REJECT).toList();
		List<Planned> changes = plan.stream()
			.filter((p) -> p.action() == Planned.Action.CREATE || p.action() == Planned.Action.UPDATE)
			.limit(SHOWN_CHANGES)
			.toList();
		return new ImportPreview(table, created, updated, unchanged, rejected, changes);
	}

	public boolean canCommit() {
		return this.rejected.isEmpty() && this.created + this.updated > 0;
	}

	public long rows() {
		return this.created + this.updated + this.unchanged + this.rejected.size();
	}

}
