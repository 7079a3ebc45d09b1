package org.sanctuarytracker.system;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/** Binds {@link AmountInWords} fields with an {@link AmountReader} of their kind. */
final class AmountFormatterFactory implements AnnotationFormatterFactory<AmountInWords> {

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(BigDecimal.class);
	}

	@Override
	public Printer<?> getPrinter(AmountInWords annotation, Class<?> fieldType) {
		return new AmountReader(annotation.value());
	}

	@Override
	public Parser<?> getParser(AmountInWords annotation, Class<?> fieldType) {
		return new AmountReader(annotation.value());
	}

}
