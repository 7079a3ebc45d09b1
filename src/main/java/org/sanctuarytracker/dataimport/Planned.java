package org.sanctuarytracker.dataimport;

import java.util.List;

/**
 * What an import would do with one row: create, update (naming the columns that change),
 * leave unchanged or reject it (with the reasons); and, for the first two, the change to
 * make when the import is committed.
 *
 * @param details the columns an update changes, old value to new
 * @param problems the reasons of a rejection
 */
public record Planned(long line, Action action, String label, List<String> details, List<RowProblem> problems,
		Runnable apply) {

	public enum Action {

		CREATE, UPDATE, UNCHANGED, REJECT

	}

	static Planned create(long line, String label, Runnable apply) {
		return new Planned(line, Action.CREATE, label, List.of(), List.of(), apply);
	}

	static Planned update(long line, String label, List<String> changed, Runnable apply) {
		return new Planned(line, Action.UPDATE, label, List.copyOf(changed), List.of(), apply);
	}

	static Planned unchanged(long line, String label) {
		return new Planned(line, Action.UNCHANGED, label, List.of(), List.of(), () -> {
		});
	}

	static Planned reject(Row row, String label) {
		return new Planned(row.line(), Action.REJECT, label, List.of(), List.copyOf(row.problems()), () -> {
		});
	}

	/** The same row for the preview page, without the change it would make. */
	Planned shown() {
		return new Planned(this.line, this.action, this.label, this.details, this.problems, () -> {
		});
	}

}
