package org.sanctuarytracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page handler's snapshot parameter: the snapshot the request's {@code as_of}
 * names, with the page set up to show the record as it stood then (the exports'
 * PastPages); null for today's page. An {@code as_of} that names no moment is refused
 * with a 400 before the handler runs.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AsOf {

	/** The request parameter a page of the past is asked for with. */
	String PARAMETER = "as_of";

}
