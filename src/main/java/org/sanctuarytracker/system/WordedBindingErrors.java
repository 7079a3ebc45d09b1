package org.sanctuarytracker.system;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * Binding errors as Spring makes them, except where a formatter said what it did not
 * understand ({@link InputNotUnderstood}): the field error then carries that message key
 * and its arguments, so "2025-02-30" reads "there is no 30 February 2025" rather than the
 * type's one message. The typed text is kept as the rejected value, as for any binding
 * failure, so the form shows it again.
 */
public class WordedBindingErrors extends DefaultBindingErrorProcessor {

	@Override
	public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
		InputNotUnderstood reason = reasonOf(ex);
		String field = ex.getPropertyName();
		if (reason == null || field == null) {
			super.processPropertyAccessException(ex, bindingResult);
			return;
		}
		bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true,
				bindingResult.resolveMessageCodes(reason.code(), field), reason.arguments(), ex.getLocalizedMessage()));
	}

	private static @Nullable InputNotUnderstood reasonOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InputNotUnderstood reason) {
				return reason;
			}
		}
		return null;
	}

}
