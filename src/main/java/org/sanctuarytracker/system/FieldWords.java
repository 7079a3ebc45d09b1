package org.sanctuarytracker.system;

import java.beans.PropertyDescriptor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A form field's value as the pages show it, for the conflict view: codes by their
 * labels, dates at their precision, money as dollars, referenced records by name.
 */
@Component("fieldWords")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FieldWords {

	private final MessageSource messages;

	private final Formats formats;

	private final List<RecordNames> names;

	public String of(String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> collection && collection.isEmpty())) {
			return message("conflict.empty");
		}
		for (RecordNames recordNames : this.names) {
			Optional<String> name = recordNames.name(field, value);
			if (name.isPresent()) {
				return name.get();
			}
		}
		if (value instanceof Collection<?> collection) {
			return String.join("; ", collection.stream()
				.filter((item) -> !ofRow(field, item).isEmpty())
				.map((item) -> BeanUtils.isSimpleValueType(item.getClass()) ? of(field, item) : ofRow(field, item))
				.sorted()
				.toList());
		}
		if (value instanceof PartialDate date) {
			return this.formats.date(date);
		}
		if (value instanceof Enum<?> code) {
			return label(code);
		}
		if (value instanceof Boolean yes) {
			return message(yes ? "common.yes" : "common.no");
		}
		if (value instanceof BigDecimal amount) {
			if (field.endsWith("Usd")) {
				return this.formats.money(amount);
			}
			return field.endsWith("Pct") ? this.formats.percent(amount) : this.formats.number(amount);
		}
		if (value instanceof Number number) {
			// Years and counts: plain digits, as typed.
			return String.valueOf(number);
		}
		return String.valueOf(value);
	}

	/** A form's repeated row (a term of office) as its filled-in values, in order. */
	private String ofRow(String field, Object row) {
		if (row == null) {
			return "";
		}
		if (BeanUtils.isSimpleValueType(row.getClass())) {
			return of(field, row);
		}
		BeanWrapper values = PropertyAccessorFactory.forBeanPropertyAccess(row);
		List<String> filled = new ArrayList<>();
		for (PropertyDescriptor property : values.getPropertyDescriptors()) {
			Object value = (property.getReadMethod() != null && !"class".equals(property.getName()))
					? values.getPropertyValue(property.getName()) : null;
			if (value != null && !(value instanceof String text && text.isBlank())) {
				filled.add(of(property.getName(), value));
			}
		}
		return String.join(", ", filled);
	}

	/**
	 * A code's label under the key the pages use: the enum's name in camel case
	 * ({@code policyStatus.ENACTED}) or its last words ({@code instrument.ORDINANCE} for
	 * PolicyInstrument), preferring a "Label" key where the plain one is a pattern.
	 */
	private String label(Enum<?> code) {
		String type = code.getDeclaringClass().getSimpleName();
		for (int start = 0; start < type.length(); start++) {
			if (start > 0 && !Character.isUpperCase(type.charAt(start))) {
				continue;
			}
			String prefix = Character.toLowerCase(type.charAt(start)) + type.substring(start + 1);
			for (String key : List.of(prefix + "Label." + code.name(), prefix + "." + code.name())) {
				String label = this.messages.getMessage(key, null, null, locale());
				if (label != null) {
					return label;
				}
			}
		}
		return code.name();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
