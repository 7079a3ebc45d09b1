package org.sanctuarytracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A list's {@code ?sort=}: one of the orders it offers (an enum of {@link SortOrder}s),
 * or none. Any other is a 400 that names the orders there are, read from the enum, so a
 * new order needs no other change.
 */
@Constraint(validatedBy = SortParam.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SortParam {

	/** The list's orders. */
	Class<? extends SortOrder> value();

	String message() default "{filter.sort.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Accepts the orders' parameters, and says them ({allowed}) when refusing another.
	 */
	class Check implements ConstraintValidator<SortParam, String> {

		private List<String> params = List.of();

		@Override
		public void initialize(SortParam annotation) {
			this.params = Arrays.stream(annotation.value().getEnumConstants()).map(SortOrder::param).toList();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || this.params.contains(value)) {
				return true;
			}
			context.unwrap(HibernateConstraintValidatorContext.class)
				.addMessageParameter("allowed", String.join(", ", this.params));
			return false;
		}

	}

}
