package org.sanctuarytracker.system;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;

/**
 * Counts that stop at a bound. Over a national dataset a search or the change log can
 * match millions of rows, and counting them all cost more than finding the page; past
 * {@link #LIMIT} the page says "more than 1,000" (the pagination fragment reads
 * {@code countAtLeast}) and offers the next page while pages are full.
 */
public final class BoundedCount {

	public static final int LIMIT = 1_000;

	private BoundedCount() {
	}

	/** The count of a query's rows, up to {@link #LIMIT} + 1. */
	public static String sql(String query) {
		return "select count(*) from (" + query + " limit " + (LIMIT + 1) + ") bounded";
	}

	public static boolean isLowerBound(long counted) {
		return counted > LIMIT;
	}

	/**
	 * The total a page reports: the count, or past the bound at least one more than this
	 * page when it is full.
	 */
	public static long pageTotal(long counted, Pageable request, int shown) {
		if (!isLowerBound(counted)) {
			return counted;
		}
		return Math.max(counted, request.getOffset() + shown + ((shown == request.getPageSize()) ? 1 : 0));
	}

	/**
	 * A page of a list as its template and the pagination fragment read it: its rows as
	 * {@code results}, and when its total is only a lower bound, the bound.
	 */
	public static void show(Page<?> page, Model model) {
		model.addAttribute("results", page);
		if (isLowerBound(page.getTotalElements())) {
			model.addAttribute("countAtLeast", LIMIT);
		}
	}

}
