package org.sanctuarytracker.export;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The name a download is saved under: the table, the filters it was asked with and the
 * date of the snapshot it read
 * ({@code statements-jurisdiction-chicago-il-2025-06-01.csv}), so two files in a
 * researcher's folder say what each holds without opening them.
 */
final class DownloadNames {

	private static final int MOST = 120;

	private DownloadNames() {
	}

	static String of(String base, String extension, ExportFilter filter, Snapshot snapshot) {
		StringBuilder name = new StringBuilder(base);
		for (Map.Entry<String, Object> entry : filters(filter).entrySet()) {
			if (entry.getValue() != null) {
				String value = safe(entry.getValue().toString());
				if (!value.isEmpty()) {
					name.append('-').append(entry.getKey()).append('-').append(value);
				}
			}
		}
		if (name.length() > MOST) {
			name.setLength(MOST);
		}
		String date = snapshot.instant().atZone(ZoneOffset.UTC).toLocalDate().toString();
		return name.append((filter.asOf() != null) ? "-as-of-" : "-").append(date).append(extension).toString();
	}

	private static Map<String, Object> filters(ExportFilter filter) {
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("jurisdiction", filter.jurisdiction());
		filters.put("person", filter.person());
		filters.put("state", filter.state());
		filters.put("kind", filter.kind());
		filters.put("status", filter.status());
		filters.put("provision", filter.provision());
		filters.put("stance", filter.stance());
		filters.put("q", filter.q());
		filters.put("from", filter.from());
		filters.put("to", filter.to());
		filters.put("updated-since", (filter.updatedSince() != null)
				? filter.updatedSince().start().atZone(ZoneOffset.UTC).toLocalDate() : null);
		return filters;
	}

	// Letters, digits and single hyphens: nothing a file system or a shell treats
	// specially.
	private static String safe(String value) {
		return Objects.requireNonNull(value)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
	}

}
