package org.sanctuarytracker.dataimport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What file a {@link RowImporter} reads: the export whose columns the file uses
 * ({@code policies}, the columns of policies.csv), and the columns its header must have,
 * {@code a|b} meaning either ({@code jurisdiction_id|jurisdiction_slug}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface ImportsTable {

	/** The export's name. */
	String value();

	/** The columns the header must have. */
	String[] required();

}
