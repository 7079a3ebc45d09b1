package org.sanctuarytracker.system;

import java.beans.PropertyDescriptor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * The fields where another editor's saved version differs from what this editor typed,
 * for the 409 page: it shows "saved meanwhile: …" beside each such field.
 */
public final class Conflicts {

	private static final Set<String> IGNORED = Set.of("class", "editSummary", "version", "sourceQuery", "newSource");

	private Conflicts() {
	}

	public static Map<String, String> between(Object mine, Object theirs) {
		BeanWrapper ours = PropertyAccessorFactory.forBeanPropertyAccess(mine);
		BeanWrapper saved = PropertyAccessorFactory.forBeanPropertyAccess(theirs);
		Map<String, String> differences = new LinkedHashMap<>();
		for (PropertyDescriptor property : saved.getPropertyDescriptors()) {
			String name = property.getName();
			if (IGNORED.contains(name) || property.getReadMethod() == null || !ours.isReadableProperty(name)) {
				continue;
			}
			Object savedValue = saved.getPropertyValue(name);
			if (!Objects.equals(normalise(ours.getPropertyValue(name)), normalise(savedValue))) {
				differences.put(name, display(savedValue));
			}
		}
		return differences;
	}

	private static Object normalise(Object value) {
		if (value instanceof Collection<?> collection) {
			return Set.copyOf(collection);
		}
		if (value instanceof String text && text.isBlank()) {
			return null;
		}
		return value;
	}

	private static String display(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof PartialDate date) {
			return date.iso();
		}
		if (value instanceof Collection<?> collection) {
			return String.join(", ", collection.stream().map(String::valueOf).sorted().toList());
		}
		return String.valueOf(value);
	}

}
