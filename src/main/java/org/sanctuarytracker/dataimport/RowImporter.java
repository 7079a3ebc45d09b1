package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.sanctuarytracker.system.BaseEntity;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Reads one kind of record from import rows in its export's columns, and plans what to do
 * with each row. Planning changes nothing stored; the plan's actions do, at commit.
 */
interface RowImporter {

	/** The export whose columns the file uses (jurisdictions, policies, ...). */
	default String table() {
		return declared().value();
	}

	/** Columns the header must have; {@code a|b} means either. */
	default List<String> requiredColumns() {
		return List.of(declared().required());
	}

	private ImportsTable declared() {
		ImportsTable table = AnnotatedElementUtils.findMergedAnnotation(ClassUtils.getUserClass(getClass()),
				ImportsTable.class);
		if (table == null) {
			throw new IllegalStateException(getClass().getName() + " is a RowImporter without @ImportsTable");
		}
		return table;
	}

	Planned plan(Row row, ImportContext context);

	/**
	 * Records compare by id, through getId(): a record the chunk met first as a lazy
	 * reference is a proxy, whose own id field is empty, and equals() reads the field.
	 */
	static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
			return ids(x).equals(ids(y));
		}
		return Objects.equals(idOf(a), idOf(b));
	}

	private static Set<Object> ids(Collection<?> values) {
		Set<Object> ids = new HashSet<>();
		values.forEach((value) -> ids.add(idOf(value)));
		return ids;
	}

	private static Object idOf(Object value) {
		return (value instanceof BaseEntity record && record.getId() != null) ? record.getId() : value;
	}

}
