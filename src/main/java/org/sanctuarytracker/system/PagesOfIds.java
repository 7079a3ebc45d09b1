package org.sanctuarytracker.system;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;

/**
 * One page of records in two queries: the page's ids (ordered, limited, counted by the
 * database), then those records with their collections fetched. Fetching collections in
 * the paged query itself would make Hibernate page in memory over every row.
 */
public final class PagesOfIds {

	private PagesOfIds() {
	}

	public static <T extends BaseEntity> Page<T> load(Page<Long> ids, Function<Collection<Long>, List<T>> fetch) {
		if (ids.isEmpty()) {
			return new PageImpl<>(List.of(), ids.getPageable(), ids.getTotalElements());
		}
		Map<Long, T> byId = fetch.apply(ids.getContent())
			.stream()
			.collect(Collectors.toMap(BaseEntity::getId, Function.identity(), (a, b) -> a));
		List<T> ordered = ids.getContent().stream().map(byId::get).filter(Objects::nonNull).toList();
		return new PageImpl<>(ordered, ids.getPageable(), ids.getTotalElements());
	}

}
