package org.sanctuarytracker.system;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats facts for pages ({@code ${@fmt.date(policy.adoptedOn)}}): a date at the
 * precision its source supports, dollars without invented cents, hedged figures with
 * their hedge.
 */
@Component("fmt")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Formats {

	private final MessageSource messages;

	/**
	 * A fact's value as a page writes it in a list of facts ({@code facts :: term}),
	 * which cannot call this bean in the value it is handed: a date at its precision, any
	 * other value as its text, nothing for none.
	 */
	public String text(Object value) {
		if (value instanceof PartialDate date) {
			return date(date);
		}
		return value == null ? "" : value.toString();
	}

	public String date(PartialDate date) {
		if (date == null) {
			return "";
		}
		String fallback = switch (date.precision()) {
			case DAY -> "d MMMM yyyy";
			case MONTH -> "MMMM yyyy";
			case YEAR -> "yyyy";
		};
		// Each language writes a date its own way ("19 de noviembre de 2024").
		String pattern = this.messages.getMessage("format.date." + date.precision(), null, fallback, locale());
		return DateTimeFormatter.ofPattern(pattern, locale()).format(date.date());
	}

	public String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		format.setMinimumFractionDigits(format.getMaximumFractionDigits());
		return format.format(amount);
	}

	public String number(Number value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	public String percent(BigDecimal value) {
		return (value != null) ? number(value) + "%" : "";
	}

	/** A figure with its hedge, e.g. "more than 50,000" or "nearly $1,000,000". */
	public String hedged(BigDecimal value, boolean money, Enum<?> qualifier) {
		String figure = money ? money(value) : number(value);
		return this.messages.getMessage("qualifier." + qualifier.name(), new Object[] { figure }, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
