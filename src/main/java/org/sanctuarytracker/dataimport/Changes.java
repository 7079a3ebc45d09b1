package org.sanctuarytracker.dataimport;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.system.BaseEntity;
import org.sanctuarytracker.system.PartialDate;

/**
 * The values an import row stores in an existing record, column by column: the file's
 * value where the file has the column, the record's own value where it does not (a file
 * of a few columns changes only those); and the list of columns that actually change. For
 * a new record every value comes from the file.
 *
 * @param <E> the type of record the row stores
 */
final class Changes<E extends BaseEntity> {

	private final Row row;

	private final E current;

	private final List<String> changed = new ArrayList<>();

	private final List<String> described = new ArrayList<>();

	Changes(Row row, E current) {
		this.row = row;
		this.current = current;
		if (current != null) {
			rejectIfChangedSinceExport(row, current);
		}
	}

	/**
	 * The changes of the record a row names by its id column, fetched with its
	 * {@code fetch} joins; of a new record when the row has no id. An id that names no
	 * such record is refused.
	 */
	static <E extends BaseEntity> Changes<E> of(Row row, ImportContext context, Class<E> type, String fetch) {
		Long id = row.integer("id");
		E current = context.record(row, id, type, fetch);
		if (id != null && current == null) {
			row.reject("id", "import.problem.noSuchId", String.valueOf(id));
		}
		return new Changes<>(row, current);
	}

	/** The record as it stands, or null when the row creates one. */
	E current() {
		return this.current;
	}

	boolean updating() {
		return this.current != null;
	}

	/**
	 * The value to store for a column: the file's, or the record's own as {@code stored}
	 * reads it.
	 */
	<T> T value(String column, T fromFile, Function<? super E, ? extends T> stored) {
		return value(column, column, fromFile, stored);
	}

	/** The value to store for a pair of columns such as an id and a slug. */
	<T> T value(String column, String alternative, T fromFile, Function<? super E, ? extends T> stored) {
		if (this.current == null) {
			return fromFile;
		}
		T current = stored.apply(this.current);
		if (!this.row.inHeader(column) && !this.row.inHeader(alternative)) {
			return current;
		}
		if (!RowImporter.same(fromFile, current)) {
			this.changed.add(column);
			this.described.add(column + ": " + shown(current) + " → " + shown(fromFile));
		}
		return fromFile;
	}

	/**
	 * What the import does with the row: refuse it for the problems found; create the
	 * record when the row names none ({@code creating} makes it now, the runnable it
	 * returns writes it at commit); leave it when no column changes it; else change it at
	 * commit ({@code updating}). The row is shown by {@code labelled} (its title, its
	 * program...), or by a dash when the row has none.
	 */
	Planned planned(Object labelled, Supplier<Runnable> creating, Runnable updating) {
		String label = (labelled != null) ? labelled.toString() : "—";
		if (!this.row.isValid()) {
			return Planned.reject(this.row, label);
		}
		if (this.current == null) {
			return Planned.create(this.row.line(), label, creating.get());
		}
		if (none()) {
			return Planned.unchanged(this.row.line(), label);
		}
		return Planned.update(this.row.line(), label, this.described, updating);
	}

	boolean none() {
		return this.changed.isEmpty();
	}

	List<String> changed() {
		return this.changed;
	}

	/**
	 * Each change as the dry run shows it, old value to new ("summary: “Old” → “New”"),
	 * so an editor sees what a commit would overwrite.
	 */
	List<String> described() {
		return this.described;
	}

	/** At most this many characters of a value are shown. */
	static final int SHOWN = 80;

	static String shown(Object value) {
		if (value == null || (value instanceof Collection<?> none && none.isEmpty())) {
			// A dash, not a word: the dry run is read in either language.
			return "—";
		}
		String text;
		if (value instanceof Jurisdiction jurisdiction) {
			text = jurisdiction.getSlug();
		}
		else if (value instanceof Person person) {
			text = person.getSlug();
		}
		else if (value instanceof PartialDate date) {
			text = date.iso();
		}
		else if (value instanceof Collection<?> many) {
			text = many.stream().map(Changes::shown).sorted().collect(Collectors.joining(", "));
		}
		else if (value instanceof BaseEntity entity) {
			text = "#" + entity.getId();
		}
		else {
			text = String.valueOf(value);
		}
		return "“" + ((text.length() > SHOWN) ? text.substring(0, SHOWN - 1) + "…" : text) + "”";
	}

	/**
	 * A row exported before someone else changed the record would put back the old
	 * values: like a stale form, it is refused. Without an updated_at column the file is
	 * applied as it is.
	 */
	private static void rejectIfChangedSinceExport(Row row, BaseEntity current) {
		String exported = row.text("updated_at");
		if (exported == null || current.getUpdatedAt() == null) {
			return;
		}
		try {
			if (!Instant.parse(exported).equals(current.getUpdatedAt())) {
				row.reject("updated_at", "import.problem.changedSinceExport", String.valueOf(current.getUpdatedAt()));
			}
		}
		catch (DateTimeParseException ex) {
			row.reject("updated_at", "import.problem.notInstant", exported);
		}
	}

}
