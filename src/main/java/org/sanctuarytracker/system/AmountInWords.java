package org.sanctuarytracker.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number field ({@code BigDecimal}) that reads a figure as people write it:
 * "$2,500,000", "2,500,000", "2.5 million", "$1.2 billion", "12.5%". The form shows it
 * back as it was understood ("$2,500,000"), so an editor sees at once what will be saved.
 * Read by {@link AmountFormatterFactory}; the rules are {@link AmountReader}'s.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AmountInWords {

	/** What the number is, which decides how the field shows it. */
	Kind value();

	enum Kind {

		/** US dollars, shown "$2,500,000" (cents only when there are some). */
		DOLLARS,

		/** A count or any other figure, shown "2,500,000". */
		FIGURE,

		/** A percentage, shown "12.5%". */
		PERCENT

	}

}
