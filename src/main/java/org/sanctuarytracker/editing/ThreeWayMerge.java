package org.sanctuarytracker.editing;

import java.beans.PropertyDescriptor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * Merges an editor's stale form with what another editor saved meanwhile, field by field
 * against the version both started from: a field only they changed takes their value, a
 * field only this editor changed keeps the input, and only a field both changed to
 * different values is a conflict for this editor to settle. Nobody's change is dropped
 * without being shown.
 */
public final class ThreeWayMerge {

	/**
	 * Form properties that are not record fields (what the form was opened on is kept as
	 * the editor's, so a jurisdiction the other editor chose is looked up by its slug).
	 */
	private static final Set<String> NOT_FIELDS = Set.of("class", "editSummary", "version", "recordId", "keep", "find",
			"picked", "sourceQuery", "newSource", "newPerson", "jurisdictionId", "jurisdictionShown");

	private ThreeWayMerge() {
	}

	/**
	 * Merges into {@code mine}: afterwards it holds the merged values, with this editor's
	 * input kept in every conflicting field.
	 * @param base the form as the editor opened it (the version they started from)
	 * @param mine what the editor submitted
	 * @param theirs the form of the record as stored now
	 * @return the fields the other editor changed, and those both changed
	 */
	public static Result into(Object base, Object mine, Object theirs) {
		BeanWrapper started = PropertyAccessorFactory.forBeanPropertyAccess(base);
		BeanWrapper ours = PropertyAccessorFactory.forBeanPropertyAccess(mine);
		BeanWrapper stored = PropertyAccessorFactory.forBeanPropertyAccess(theirs);
		List<String> takenFromThem = new ArrayList<>();
		List<FieldConflict> conflicts = new ArrayList<>();
		for (PropertyDescriptor property : ours.getPropertyDescriptors()) {
			String name = property.getName();
			if (NOT_FIELDS.contains(name) || !ours.isWritableProperty(name) || !stored.isReadableProperty(name)) {
				continue;
			}
			Object was = started.getPropertyValue(name);
			Object input = ours.getPropertyValue(name);
			Object now = stored.getPropertyValue(name);
			boolean iChanged = !same(input, was);
			boolean theyChanged = !same(now, was);
			if (theyChanged && !iChanged) {
				ours.setPropertyValue(name, copy(now));
				takenFromThem.add(name);
			}
			else if (theyChanged && !same(input, now)) {
				conflicts.add(new FieldConflict(name, input, now));
			}
		}
		return new Result(List.copyOf(takenFromThem), List.copyOf(conflicts));
	}

	/**
	 * Without the version the editor started from, every field where the input differs
	 * from what is stored has to be settled by the editor.
	 */
	public static Result withoutBase(Object mine, Object theirs) {
		BeanWrapper ours = PropertyAccessorFactory.forBeanPropertyAccess(mine);
		BeanWrapper stored = PropertyAccessorFactory.forBeanPropertyAccess(theirs);
		List<FieldConflict> conflicts = new ArrayList<>();
		for (PropertyDescriptor property : ours.getPropertyDescriptors()) {
			String name = property.getName();
			if (NOT_FIELDS.contains(name) || !ours.isWritableProperty(name) || !stored.isReadableProperty(name)) {
				continue;
			}
			Object input = ours.getPropertyValue(name);
			Object now = stored.getPropertyValue(name);
			if (!same(input, now)) {
				conflicts.add(new FieldConflict(name, input, now));
			}
		}
		return new Result(List.of(), List.copyOf(conflicts));
	}

	/** Whether a form property is a field of the record (not the summary, version...). */
	public static boolean isField(String property) {
		return !NOT_FIELDS.contains(property);
	}

	/**
	 * Equal as the form shows them: blank is empty, a collection's order does not count.
	 */
	static boolean same(Object one, Object other) {
		return Objects.equals(normalise(one), normalise(other));
	}

	private static Object normalise(Object value) {
		if (value instanceof Collection<?> collection) {
			// A form's repeated rows (terms of office) carry an empty row to fill in.
			Set<Object> filled = collection.stream()
				.filter((item) -> !blankRow(item))
				.collect(Collectors.toUnmodifiableSet());
			return filled.isEmpty() ? null : filled;
		}
		if (value instanceof String text && text.isBlank()) {
			return null;
		}
		// The form reads "$2,500,000" as 2500000 while the column holds 2500000.00: the
		// same amount, not an edit.
		if (value instanceof BigDecimal amount) {
			return amount.stripTrailingZeros();
		}
		return value;
	}

	/** A row object of a form (not a plain value) with nothing filled in. */
	private static boolean blankRow(Object item) {
		if (item == null) {
			return true;
		}
		if (BeanUtils.isSimpleValueType(item.getClass())) {
			return false;
		}
		BeanWrapper row = PropertyAccessorFactory.forBeanPropertyAccess(item);
		for (PropertyDescriptor property : row.getPropertyDescriptors()) {
			if (property.getReadMethod() != null && !"class".equals(property.getName())
					&& normalise(row.getPropertyValue(property.getName())) != null) {
				return false;
			}
		}
		return true;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object copy(Object value) {
		if (value instanceof Set<?> set) {
			Set copy = new LinkedHashSet<>(set);
			return copy;
		}
		if (value instanceof Collection<?> collection) {
			return new ArrayList<>(collection);
		}
		return value;
	}

	/**
	 * @param takenFromThem fields whose value the other editor's save supplied
	 * @param conflicts fields both changed, to settle
	 */
	public record Result(List<String> takenFromThem, List<FieldConflict> conflicts) {

	}

}
