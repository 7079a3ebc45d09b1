package org.sanctuarytracker.history;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityNotFoundException;
import org.hibernate.ObjectNotFoundException;
import org.hibernate.proxy.HibernateProxy;
import org.sanctuarytracker.system.BaseEntity;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.util.ReflectionUtils;

/**
 * Reads a record's audited version as field → display value, and compares two versions
 * field by field. Works on every audited entity by reflection, so a new field shows up in
 * history without further code.
 */
final class Snapshots {

	private static final Set<String> SKIPPED = Set.of("id", "version", "createdAt", "updatedAt");

	private Snapshots() {
	}

	static Map<String, String> of(Object entity) {
		Map<String, String> values = new LinkedHashMap<>();
		if (entity == null) {
			return values;
		}
		for (Field field : entity.getClass().getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) || SKIPPED.contains(field.getName())) {
				continue;
			}
			ReflectionUtils.makeAccessible(field);
			values.put(field.getName(), display(ReflectionUtils.getField(field, entity)));
		}
		return values;
	}

	static List<Change.FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		List<Change.FieldChange> changes = new ArrayList<>();
		Set<String> fields = new java.util.LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		for (String field : fields) {
			String old = before.getOrDefault(field, "");
			String now = after.getOrDefault(field, "");
			if (!Objects.equals(old, now)) {
				changes.add(new Change.FieldChange(field, old, now));
			}
		}
		return changes;
	}

	/**
	 * A related record's name as it stood; "#id" when its history has no version of it (a
	 * row written outside the application, before it kept history).
	 */
	private static String label(BaseEntity entity) {
		try {
			return entity.label();
		}
		catch (EntityNotFoundException | ObjectNotFoundException ex) {
			Object id = (entity instanceof HibernateProxy proxy) ? proxy.getHibernateLazyInitializer().getIdentifier()
					: entity.getId();
			return "#" + id;
		}
	}

	static String display(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BaseEntity entity) {
			return label(entity);
		}
		if (value instanceof PartialDate date) {
			return (date.date() != null) ? date.iso() : "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Enum<?> code) {
			return code.name();
		}
		if (value instanceof Collection<?> collection) {
			return String.join("; ", collection.stream().map(Snapshots::display).sorted().toList());
		}
		return value.toString();
	}

}
