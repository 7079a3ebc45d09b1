package org.sanctuarytracker.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The amounts at risk by fiscal year as a stacked bar chart, laid out here and drawn as
 * inline SVG by the page ({@code funding/chart.html}): one bar a year, one segment a
 * program, shares never drawn (they are not dollars). Rendered on the server, so it needs
 * no JavaScript; its text alternative is the totals table beside it.
 */
@Getter
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class FundingChart {

	public static final int WIDTH = 560;

	public static final int HEIGHT = 300;

	static final int LEFT = 64;

	static final int RIGHT = 8;

	static final int TOP = 12;

	static final int BOTTOM = 32;

	/** The most recent years drawn; the table beside the chart has them all. */
	static final int MAX_YEARS = 16;

	/**
	 * Apart for readers who see colours alike (Paul Tol's "bright" scheme and two of its
	 * darker kin); grey for the programs summed as one.
	 */
	static final List<String> COLOURS = List.of("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377",
			"#332288", "#997700");

	static final String OTHER_COLOUR = "#BBBBBB";

	/** A program's amount in one year, as a rectangle. */
	public record Segment(String program, Integer year, BigDecimal amount, double x, double y, double width,
			double height, String colour) {
	}

	/** A year's label under its bar. */
	public record YearLabel(Integer year, double x, boolean shown) {
	}

	/** A line across the chart at a round amount. */
	public record Tick(String label, double y) {
	}

	/** A program's colour, for the legend. */
	public record Key(String program, String colour) {
	}

	private final List<Segment> segments;

	private final List<YearLabel> years;

	private final List<Tick> ticks;

	private final List<Key> keys;

	private final boolean yearsLeftOut;

	/**
	 * The chart of the totals, or null when no row records an amount (nothing to draw).
	 */
	public static FundingChart of(FundingTotals totals) {
		if (totals.total().amountRows() == 0) {
			return null;
		}
		int first = Math.max(totals.years().size() - MAX_YEARS, 0);
		List<Integer> shown = totals.years().subList(first, totals.years().size());
		BigDecimal highest = BigDecimal.ZERO;
		for (int i = first; i < totals.years().size(); i++) {
			highest = highest.max(amountOf(totals.yearTotals().get(i)));
		}
		BigDecimal top = roundUp(highest);
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double step = (WIDTH - LEFT - RIGHT) / (double) Math.max(shown.size(), 1);
		double barWidth = step * 0.7;
		List<Segment> segments = new ArrayList<>();
		List<YearLabel> labels = new ArrayList<>();
		int every = (shown.size() > 8) ? 2 : 1;
		for (int column = 0; column < shown.size(); column++) {
			double x = LEFT + column * step + (step - barWidth) / 2;
			double base = HEIGHT - BOTTOM;
			for (int p = 0; p < totals.programs().size(); p++) {
				FundingTotals.ProgramRow row = totals.programs().get(p);
				BigDecimal amount = amountOf(row.cells().get(first + column));
				if (amount.signum() <= 0) {
					continue;
				}
				double height = plotHeight * amount.doubleValue() / top.doubleValue();
				base -= height;
				segments.add(new Segment(row.program(), shown.get(column), amount, round(x), round(base),
						round(barWidth), round(height), colourOf(row, p)));
			}
			boolean last = column == shown.size() - 1;
			labels.add(new YearLabel(shown.get(column), round(LEFT + column * step + step / 2),
					column % every == 0 || (last && shown.get(column) == null)));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			BigDecimal value = top.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), RoundingMode.HALF_UP);
			ticks.add(new Tick(compactDollars(value), round(HEIGHT - BOTTOM - plotHeight * i / 4)));
		}
		List<Key> keys = new ArrayList<>();
		for (int p = 0; p < totals.programs().size(); p++) {
			FundingTotals.ProgramRow row = totals.programs().get(p);
			if (row.total().amountRows() > 0) {
				keys.add(new Key(row.program(), colourOf(row, p)));
			}
		}
		return new FundingChart(List.copyOf(segments), List.copyOf(labels), List.copyOf(ticks), List.copyOf(keys),
				first > 0);
	}

	/** Whether older years were left out of the chart (the table has them). */
	public boolean isYearsLeftOut() {
		return this.yearsLeftOut;
	}

	public int getMaxYears() {
		return MAX_YEARS;
	}

	public int getWidth() {
		return WIDTH;
	}

	public int getHeight() {
		return HEIGHT;
	}

	public int getLeft() {
		return LEFT;
	}

	public int getBaseline() {
		return HEIGHT - BOTTOM;
	}

	public int getRight() {
		return WIDTH - RIGHT;
	}

	private static String colourOf(FundingTotals.ProgramRow row, int rank) {
		return row.isOther() ? OTHER_COLOUR : COLOURS.get(rank % COLOURS.size());
	}

	private static BigDecimal amountOf(FundingTotals.Cell cell) {
		return (cell.amount() != null) ? cell.amount() : BigDecimal.ZERO;
	}

	/**
	 * The highest bar rounded up to a round number whose quarters are round too (1, 2, 3,
	 * 4, 5, 6, 8 or 10 times a power of ten).
	 */
	static BigDecimal roundUp(BigDecimal highest) {
		if (highest.signum() <= 0) {
			return BigDecimal.ONE;
		}
		BigDecimal power = BigDecimal.ONE.movePointRight(highest.toBigInteger().toString().length() - 1);
		for (String factor : List.of("1", "2", "3", "4", "5", "6", "8", "10")) {
			BigDecimal candidate = power.multiply(new BigDecimal(factor));
			if (candidate.compareTo(highest) >= 0) {
				return candidate;
			}
		}
		return power.multiply(BigDecimal.TEN);
	}

	/**
	 * "$1.5M" in English, "1,5 M US$" or so in Spanish: an axis has no room for cents.
	 */
	static String compactDollars(BigDecimal value) {
		NumberFormat format = NumberFormat.getCompactNumberInstance(LocaleContextHolder.getLocale(),
				NumberFormat.Style.SHORT);
		format.setMaximumFractionDigits(1);
		// As a double: CompactNumberFormat drops the fractions of a BigDecimal.
		return "$" + format.format(value.doubleValue());
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
