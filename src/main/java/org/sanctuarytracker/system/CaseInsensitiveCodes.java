package org.sanctuarytracker.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads a code in a URL or a form ({@code ?status=sanctuary}, {@code ?kind=City},
 * {@code ?provision=declines-detainers}) whatever its case and with hyphens or spaces for
 * underscores: readers type and share such URLs by hand, and Spring's own enum conversion
 * answered 400 to anything but the exact constant. A code that names no constant is still
 * refused (a 400 that says which parameter).
 */
final class CaseInsensitiveCodes implements ConverterFactory<String, Enum<?>> {

	// An empty code converts to null, which Spring 7 allows through the converter's type
	// argument (Converter<S, T extends @Nullable Object>): JSpecify generics, which
	// NullAway checks only in its JSpecify mode.
	@Override
	@SuppressWarnings("NullAway")
	public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
		return (text) -> read(text, targetType);
	}

	static <T extends Enum<?>> @Nullable T read(String text, Class<T> type) {
		String code = text.trim();
		if (code.isEmpty()) {
			return null;
		}
		String normalised = code.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (T constant : type.getEnumConstants()) {
			if (constant.name().equals(normalised)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("No " + type.getSimpleName() + " " + code);
	}

}
