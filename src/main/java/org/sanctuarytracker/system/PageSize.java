package org.sanctuarytracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A list's {@code ?size=} as its address gives it: at least one row a page, at most the
 * list's {@link #max}. Out of range is a 400 that says so.
 */
@Min(1)
@Max(100)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageSize {

	/** The most rows a page of the list shows. */
	@OverridesAttribute(constraint = Max.class, name = "value")
	long max() default 100;

	String message() default "{filter.size.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
