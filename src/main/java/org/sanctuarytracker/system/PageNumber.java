package org.sanctuarytracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A list's {@code ?page=} as its address gives it: from 1, and not so far that the
 * database would count past every row to reach it. Out of range is a 400 that says so.
 */
@Min(1)
@Max(100_000)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageNumber {

	String message() default "{filter.page.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
