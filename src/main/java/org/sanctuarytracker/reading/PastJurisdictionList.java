package org.sanctuarytracker.reading;

import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.export.ExportFilter;
import org.sanctuarytracker.export.Snapshot;
import org.sanctuarytracker.export.SnapshotQueries;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionSort;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The jurisdiction list as it stood at a snapshot: the same filters, orders and pages as
 * today's list, read from the revision history with the conditions of
 * {@code jurisdictions.csv} at that moment, so the list, the map and the downloads of one
 * moment agree.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PastJurisdictionList {

	/** Today's orders ({@link JurisdictionSort}) as SQL over the snapshot's rows. */
	private static final Map<JurisdictionSort, String> ORDERS = Map.of(JurisdictionSort.NAME, "j.name, j.id",
			JurisdictionSort.POPULATION, "j.population desc nulls last, j.name, j.id", JurisdictionSort.STATUS,
			"j.status, j.name, j.id", JurisdictionSort.UPDATED, "j.updated_at desc, j.name, j.id");

	private final SnapshotQueries queries;

	Page<ListedJurisdiction> page(JurisdictionFilter filter, Snapshot snapshot) {
		PageRequest request = filter.pageRequest();
		ExportFilter conditions = new ExportFilter(filter.state(), filter.kind(), filter.status(), filter.provision(),
				filter.q(), null, null, null, null, null, null, null);
		long[] matching = { 0 };
		List<ListedJurisdiction> rows = this.queries.jurisdictions(snapshot, conditions, ORDERS.get(filter.sortOrder()),
				request.getOffset(), request.getPageSize(), (rs, n) -> {
					matching[0] = rs.getLong("matching");
					Long population = rs.getObject("population", Long.class);
					return new ListedJurisdiction(rs.getString("slug"), rs.getString("name"),
							JurisdictionKind.valueOf(rs.getString("kind")), rs.getString("state_code"),
							JurisdictionStatus.valueOf(rs.getString("status")), population);
				});
		return new PageImpl<>(rows, request, matching[0]);
	}

	/**
	 * A row of the list, with the names the list's template reads ({@code j.slug} is
	 * {@code slug()} here, {@code getSlug()} on today's rows).
	 */
	public record ListedJurisdiction(String slug, String name, JurisdictionKind kind, String stateCode,
			JurisdictionStatus status, Long population) {

	}

}
