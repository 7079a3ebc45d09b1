package org.sanctuarytracker.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two versions of a record, field by field.
 */
final class Snapshots {

	private Snapshots() {
	}

	static List<Change.FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		List<Change.FieldChange> changes = new ArrayList<>();
		Set<String> fields = new LinkedHashSet<>(after.keySet());
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

}
