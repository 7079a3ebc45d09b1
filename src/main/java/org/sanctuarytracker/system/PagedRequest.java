package org.sanctuarytracker.system;

import org.springframework.data.domain.PageRequest;

/**
 * A list filter's page as its address asks for it ({@code ?page=2&size=50}), the
 * components of its record checked by {@link PageNumber} and {@link PageSize}: the first
 * page, and the list's own size, when the address says nothing.
 */
public interface PagedRequest {

	Integer page();

	Integer size();

	/** Rows a page of the list shows when the address does not say. */
	int defaultSize();

	default int pageNumber() {
		return (page() != null) ? page() : 1;
	}

	default int pageSize() {
		return (size() != null) ? size() : defaultSize();
	}

	/** The rows before the page, for a query that pages by OFFSET. */
	default long offset() {
		return (long) (pageNumber() - 1) * pageSize();
	}

	/**
	 * The page for a repository: unsorted here, for a query that orders its rows itself;
	 * a list whose reader chooses the order adds it.
	 */
	default PageRequest pageRequest() {
		return PageRequest.of(pageNumber() - 1, pageSize());
	}

}
