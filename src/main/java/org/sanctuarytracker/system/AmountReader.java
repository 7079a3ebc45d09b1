package org.sanctuarytracker.system;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.format.Formatter;

/**
 * Reads an amount as an editor copies it from an article: a dollar sign, thousands
 * separated by commas, a scale in words ("2.5 million", "2.5 millones"), or a plain
 * number as the export writes it. Figures are read the US way in both languages, as the
 * pages write them: "2,500" is two thousand five hundred, never two and a half. Shows it
 * back the US way whatever the page's language, so that what the field shows can be sent
 * again unchanged.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class AmountReader implements Formatter<BigDecimal> {

	// Digits grouped by commas in threes, or not grouped at all, with an optional
	// decimal part; what follows is the scale in words, if any.
	private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?(.*)");

	private static final Pattern DOLLAR_WORDS = Pattern.compile("^(us\\$|usd|\\$)|\\s*(usd|dollars?|dólares)$");

	private static final Pattern PERCENT_WORDS = Pattern.compile("\\s*(%|percent|por ?ciento)$");

	private static final Map<String, Integer> SCALES = Map.ofEntries(Map.entry("thousand", 3), Map.entry("k", 3),
			Map.entry("mil", 3), Map.entry("million", 6), Map.entry("millions", 6), Map.entry("m", 6),
			Map.entry("mn", 6), Map.entry("mm", 6), Map.entry("millón", 6), Map.entry("millon", 6),
			Map.entry("millones", 6), Map.entry("billion", 9), Map.entry("billions", 9), Map.entry("bn", 9),
			Map.entry("b", 9), Map.entry("mil millones", 9));

	private final AmountInWords.Kind kind;

	@Override
	public BigDecimal parse(String text, Locale locale) {
		String typed = text.strip().toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
		// A minus is read so that the form can say that an amount cannot be negative,
		// rather than that it is not a number.
		boolean negative = typed.startsWith("-") || typed.startsWith("\u2212");
		if (negative) {
			typed = typed.substring(1).strip();
		}
		Matcher dollars = DOLLAR_WORDS.matcher(typed);
		boolean inDollars = false;
		while (dollars.find()) {
			inDollars = true;
		}
		typed = DOLLAR_WORDS.matcher(typed).replaceAll("").strip();
		Matcher percent = PERCENT_WORDS.matcher(typed);
		boolean inPercent = percent.find();
		typed = percent.replaceAll("").strip();
		// A sign of another kind of figure ("12%" in a dollar field) is a mistake to
		// point out, not a number to store.
		if ((inDollars && this.kind == AmountInWords.Kind.PERCENT)
				|| (inPercent && this.kind != AmountInWords.Kind.PERCENT)) {
			throw new InputNotUnderstood(notUnderstood());
		}
		Matcher parts = NUMBER.matcher(typed);
		if (!parts.matches() || (parts.group(1) == null && parts.group(2) == null)) {
			throw new InputNotUnderstood(notUnderstood());
		}
		// In Spanish "2.500" is two thousand five hundred; read the US way it would be
		// two and a half. Neither reading is safe to guess.
		if ("es".equals(locale.getLanguage()) && parts.group(2) != null && parts.group(2).length() == 4) {
			throw new InputNotUnderstood("amount.pointAmbiguous");
		}
		String digits = ((parts.group(1) != null) ? parts.group(1).replace(",", "") : "0")
				+ ((parts.group(2) != null) ? parts.group(2) : "");
		BigDecimal amount = new BigDecimal(digits);
		String scale = parts.group(3).strip();
		if (!scale.isEmpty()) {
			Integer zeros = SCALES.get(scale.replaceAll("\\s+", " "));
			if (zeros == null || this.kind == AmountInWords.Kind.PERCENT) {
				throw new InputNotUnderstood(notUnderstood());
			}
			amount = amount.movePointRight(zeros);
		}
		if (negative) {
			amount = amount.negate();
		}
		amount = amount.stripTrailingZeros();
		return (amount.scale() < 0) ? amount.setScale(0) : amount;
	}

	@Override
	public String print(BigDecimal amount, Locale locale) {
		boolean cents = amount.stripTrailingZeros().scale() > 0;
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
		format.setParseBigDecimal(true);
		format.setMaximumFractionDigits((this.kind == AmountInWords.Kind.DOLLARS) ? 2 : 20);
		format.setMinimumFractionDigits((this.kind == AmountInWords.Kind.DOLLARS && cents) ? 2 : 0);
		String number = format.format(amount.abs());
		String sign = (amount.signum() < 0) ? "-" : "";
		return switch (this.kind) {
			case DOLLARS -> sign + "$" + number;
			case FIGURE -> sign + number;
			case PERCENT -> sign + number + "%";
		};
	}

	/** The message key that says, with an example, how to write this kind of figure. */
	private String notUnderstood() {
		return switch (this.kind) {
			case DOLLARS -> "amount.dollars.notUnderstood";
			case FIGURE -> "amount.figure.notUnderstood";
			case PERCENT -> "amount.percent.notUnderstood";
		};
	}

}
