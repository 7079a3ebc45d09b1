package org.sanctuarytracker.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The API's page totals, remembered per query and parameters. The parameters include the
 * snapshot's revision, and the rows of a revision never change, so a remembered total is
 * right for as long as it is kept, on every instance of the app: a new revision is a new
 * key. Bounded: the least recently used totals go first.
 */
@Component
class Totals {

	static final int CAPACITY = 1_000;

	private final Map<List<Object>, RowPage.Total> remembered = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<List<Object>, RowPage.Total> eldest) {
			return size() > CAPACITY;
		}
	};

	RowPage.Total of(ExportQuery query, Supplier<RowPage.Total> count) {
		List<Object> key = List.of(query.sql(), new TreeMap<>(query.parameters().getValues()).toString());
		synchronized (this.remembered) {
			RowPage.Total total = this.remembered.get(key);
			if (total != null) {
				return total;
			}
		}
		// Counted outside the lock: two first requests may both count, and agree.
		RowPage.Total total = count.get();
		synchronized (this.remembered) {
			this.remembered.put(key, total);
		}
		return total;
	}

}
