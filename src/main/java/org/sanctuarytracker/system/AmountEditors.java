package org.sanctuarytracker.system;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;
import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.WebDataBinder;

/**
 * Pins each {@link AmountInWords} field of a form to its {@link AmountReader}. The
 * formatter alone is not enough: when a converter refuses a number, the binder tries its
 * default number editor next, which reads "2.500" as two and a half and loses the reason
 * for a refusal ("write an amount such as 2,500,000"). An editor registered for the field
 * is used instead of both.
 */
public final class AmountEditors {

	private AmountEditors() {
	}

	/**
	 * A form's amount as its field shows it ("$2,500,000"), or null when the property is
	 * empty or not an amount: what the form understood of what was typed.
	 */
	public static @Nullable String shown(@Nullable Object form, String property) {
		Field field = (form != null) ? ReflectionUtils.findField(form.getClass(), property) : null;
		if (field == null || !field.isAnnotationPresent(AmountInWords.class)) {
			return null;
		}
		ReflectionUtils.makeAccessible(field);
		Object value = ReflectionUtils.getField(field, form);
		return (value instanceof BigDecimal amount) ? new AmountReader(field.getAnnotation(AmountInWords.class).value())
			.print(amount, LocaleContextHolder.getLocale()) : null;
	}

	static void register(WebDataBinder binder) {
		Class<?> form = (binder.getTarget() != null) ? binder.getTarget().getClass()
				: (binder.getTargetType() != null) ? binder.getTargetType().resolve() : null;
		if (form == null) {
			return;
		}
		ReflectionUtils.doWithFields(form, (field) -> {
			AmountInWords amount = field.getAnnotation(AmountInWords.class);
			binder.registerCustomEditor(BigDecimal.class, field.getName(),
					new AmountEditor(new AmountReader(amount.value())));
		}, (field) -> field.isAnnotationPresent(AmountInWords.class) && field.getType() == BigDecimal.class);
	}

	private static final class AmountEditor extends PropertyEditorSupport {

		private final AmountReader reader;

		AmountEditor(AmountReader reader) {
			this.reader = reader;
		}

		@Override
		public void setAsText(String text) {
			// A blank field is "not given", as for every other field.
			setValue((text == null || text.isBlank()) ? null
					: this.reader.parse(CleanText.of(text), LocaleContextHolder.getLocale()));
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof BigDecimal amount)
					? this.reader.print(amount, LocaleContextHolder.getLocale()) : "";
		}

	}

}
