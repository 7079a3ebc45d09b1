package org.sanctuarytracker.system;

/**
 * An order a list offers, named as it stands in the URL ({@code ?sort=population}). A
 * list's orders are an enum of them, its default first; its filter checks the parameter
 * with {@link SortParam}.
 */
public interface SortOrder {

	String param();

	/** The order the URL names; the list's default (its first) when it names none. */
	static <S extends Enum<S> & SortOrder> S named(Class<S> orders, String param) {
		S[] offered = orders.getEnumConstants();
		for (S order : offered) {
			if (order.param().equals(param)) {
				return order;
			}
		}
		return offered[0];
	}

}
