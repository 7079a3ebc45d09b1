package org.sanctuarytracker.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field that holds a whole day ({@code LocalDate}), typed YYYY-MM-DD, whose
 * impossible days are named as the partial dates' are ("there is no 30 February 2025").
 * Read by {@link ExactDayFormatterFactory}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExactDay {

}
