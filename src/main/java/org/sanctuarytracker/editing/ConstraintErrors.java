package org.sanctuarytracker.editing;

import java.util.Map;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.Errors;

/**
 * Turns a constraint the database enforced (a duplicate slug, a fact without a source)
 * into an error at the form field it concerns, instead of a 500.
 */
public final class ConstraintErrors {

	private ConstraintErrors() {
	}

	/**
	 * @param fieldsByConstraint constraint name (or its ending) → form field
	 */
	public static void reject(DataIntegrityViolationException ex, Errors errors,
			Map<String, String> fieldsByConstraint) {
		String constraint = constraintName(ex);
		if (constraint != null) {
			for (Map.Entry<String, String> entry : fieldsByConstraint.entrySet()) {
				if (constraint.endsWith(entry.getKey())) {
					errors.rejectValue(entry.getValue(), "constraint." + entry.getKey(), "constraint.violated");
					return;
				}
			}
		}
		errors.reject("constraint.violated");
	}

	static String constraintName(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation) {
				return violation.getConstraintName();
			}
		}
		return null;
	}

}
