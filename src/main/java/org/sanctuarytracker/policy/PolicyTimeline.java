package org.sanctuarytracker.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import lombok.AccessLevel;
import lombok.Getter;
import org.sanctuarytracker.system.DatePrecision;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.data.domain.Page;

/**
 * A jurisdiction's policies on a time axis, laid out here and drawn as inline SVG by the
 * page ({@code policies/timeline.html}): one row a policy, in the order of the list below
 * it, a bar from its adoption to its end (or today), a hollow mark for one that was never
 * in force or whose end is not recorded. A date known only to its month or year is drawn
 * as a thin stretch over that month or year, never as a day. Only the policies the
 * profile already loaded are drawn, so it costs no query.
 */
@Getter
public final class PolicyTimeline {

	public static final int WIDTH = 480;

	static final int SIDE = 24;

	static final int TOP = 24;

	static final int BOTTOM = 28;

	static final int ROW_HEIGHT = 46;

	static final int BAR_HEIGHT = 14;

	/** A thin stretch: the month or year a date lies somewhere in. */
	static final int THIN_HEIGHT = 6;

	/** The most rows drawn, whatever page of policies the caller passes. */
	static final int MAX_ROWS = 20;

	/** The labels' font size, in the chart's units (the stylesheet says the same). */
	static final int FONT_SIZE = 16;

	/**
	 * How wide a label may be, in ems of its font: the plot's width less an ellipsis. The
	 * server cannot measure text, so labels are cut by an estimate that errs wide.
	 */
	static final double LABEL_EMS = (WIDTH - 2 * SIDE) / (double) FONT_SIZE - 1;

	/** Years labelled at most, so that their labels never touch on a phone. */
	static final int MAX_YEAR_LABELS = 8;

	@Getter(AccessLevel.NONE)
	private static final Set<PolicyStatus> ENDED = EnumSet.of(PolicyStatus.REPEALED, PolicyStatus.STRUCK_DOWN,
			PolicyStatus.EXPIRED);

	/** A stretch of the axis, in its coordinates. */
	public record Stretch(double x, double width) {
	}

	/**
	 * One policy's row.
	 *
	 * @param label the title as drawn, cut short if long (the link's name has it whole)
	 * @param solid the time it certainly held, or null (a mark, or all of it approximate)
	 * @param approximate the month or year its adoption or end lies somewhere in
	 * @param markX where its hollow mark is centred, or null for a bar
	 * @param toToday whether the bar runs on to today (no end recorded)
	 */
	public record Row(Policy policy, String label, double labelY, double barY, Stretch solid, List<Stretch> approximate,
			Double markX, boolean toToday) {

		public boolean isMark() {
			return this.markX != null;
		}

		public double getThinY() {
			return this.barY + (BAR_HEIGHT - THIN_HEIGHT) / 2.0;
		}

		public double getMarkY() {
			return this.barY + BAR_HEIGHT / 2.0;
		}

	}

	/** A year on the axis, with its gridline. */
	public record Tick(int year, double x) {
	}

	private final List<Row> rows;

	private final List<Tick> ticks;

	private final List<PolicyInstrument> instruments;

	private final List<Policy> undated;

	private final double todayX;

	private final long more;

	private final int height;

	private PolicyTimeline(List<Row> rows, List<Tick> ticks, List<PolicyInstrument> instruments, List<Policy> undated,
			double todayX, long more) {
		this.rows = rows;
		this.ticks = ticks;
		this.instruments = instruments;
		this.undated = undated;
		this.todayX = todayX;
		this.more = more;
		this.height = TOP + rows.size() * ROW_HEIGHT + BOTTOM;
	}

	/**
	 * The timeline of the first rows of this page of policies (in timeline order), or
	 * null when none of them has an adoption date (nothing to place).
	 */
	public static PolicyTimeline of(Page<Policy> page, LocalDate today) {
		List<Policy> shown = page.getContent().subList(0, Math.min(page.getNumberOfElements(), MAX_ROWS));
		List<Policy> dated = shown.stream().filter((p) -> p.getAdoptedOn() != null).toList();
		if (dated.isEmpty()) {
			return null;
		}
		List<Policy> undated = shown.stream().filter((p) -> p.getAdoptedOn() == null).toList();
		Axis axis = Axis.of(dated, today);
		List<Row> rows = new ArrayList<>();
		Set<PolicyInstrument> instruments = EnumSet.noneOf(PolicyInstrument.class);
		for (Policy policy : dated) {
			rows.add(rowOf(policy, TOP + rows.size() * ROW_HEIGHT, axis, today));
			instruments.add(policy.getInstrument());
		}
		return new PolicyTimeline(List.copyOf(rows), axis.ticks(), List.copyOf(instruments), undated, axis.x(today),
				page.getTotalElements() - shown.size());
	}

	private static Row rowOf(Policy policy, double top, Axis axis, LocalDate today) {
		PartialDate adopted = policy.getAdoptedOn();
		String label = labelOf(policy.getTitle());
		double labelY = top + 18;
		double barY = top + 24;
		if (!isSpan(policy)) {
			List<Stretch> approximate = isExact(adopted) ? List.of()
					: List.of(axis.stretch(adopted.date(), endOf(adopted)));
			double markX = axis.x(adopted.date()) + ((approximate.isEmpty()) ? 0 : approximate.get(0).width() / 2);
			return new Row(policy, label, labelY, barY, null, approximate, round(markX), false);
		}
		// Certainly held from the end of the adoption's month or year (its day, if known)
		// to the start of the end's month or year; approximate around both.
		LocalDate certainFrom = isExact(adopted) ? adopted.date() : endOf(adopted);
		PartialDate ended = policy.getEndedOn();
		boolean toToday = ended == null;
		LocalDate certainTo = toToday ? today : ended.date();
		List<Stretch> approximate = new ArrayList<>();
		if (!isExact(adopted)) {
			approximate.add(axis.stretch(adopted.date(), toToday ? min(endOf(adopted), today) : endOf(adopted)));
		}
		if (!toToday && !isExact(ended)) {
			approximate.add(axis.stretch(ended.date(), endOf(ended)));
		}
		Stretch solid = null;
		if (certainFrom.isBefore(certainTo)) {
			solid = axis.stretch(certainFrom, certainTo);
		}
		else if (approximate.isEmpty()) {
			// Adopted and ended on the same day: still a visible bar.
			solid = axis.stretch(certainFrom, certainFrom);
		}
		return new Row(policy, label, labelY, barY, solid, List.copyOf(approximate), null, toToday);
	}

	/**
	 * A bar for what was adopted: enacted (in force or ended), or ended with its date. A
	 * policy announced, proposed or failed was never in force, and one ended on a date no
	 * source gives has no known end: both are marks at their date.
	 */
	static boolean isSpan(Policy policy) {
		return policy.getStatus() == PolicyStatus.ENACTED
				|| (ENDED.contains(policy.getStatus()) && policy.getEndedOn() != null);
	}

	private static boolean isExact(PartialDate date) {
		return date.precision() == DatePrecision.DAY;
	}

	/** The first day after the date's day, month or year. */
	static LocalDate endOf(PartialDate date) {
		return switch (date.precision()) {
			case DAY -> date.date().plusDays(1);
			case MONTH -> date.date().plusMonths(1);
			case YEAR -> date.date().plusYears(1);
		};
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** The title, or as much of it as fits, cut at a word when one ends late enough. */
	static String labelOf(String title) {
		double width = 0;
		for (int i = 0; i < title.length(); i++) {
			width += emsOf(title.charAt(i));
			if (width > LABEL_EMS) {
				int cut = title.lastIndexOf(' ', i);
				return title.substring(0, (cut > i / 2) ? cut : i).stripTrailing() + "…";
			}
		}
		return title;
	}

	/** A character's width in ems, on the wide side of common sans-serif fonts. */
	static double emsOf(char c) {
		if ("WMmw@%".indexOf(c) >= 0) {
			return 1.0;
		}
		if (" .,;:'!|()[]/-ijlrtfI".indexOf(c) >= 0) {
			return 0.4;
		}
		if (Character.isUpperCase(c) || Character.isDigit(c)) {
			return 0.75;
		}
		return 0.62;
	}

	/** The instruments drawn, in their order, for the legend. */
	public List<PolicyInstrument> getInstruments() {
		return this.instruments;
	}

	/** Policies of the same page without an adoption date: listed, not placed. */
	public List<Policy> getUndated() {
		return this.undated;
	}

	public boolean hasMarks() {
		return this.rows.stream().anyMatch(Row::isMark);
	}

	public boolean hasApproximate() {
		return this.rows.stream().anyMatch((r) -> !r.approximate().isEmpty());
	}

	/** "Today" is written beside its line, on whichever side has room. */
	public boolean isTodayLabelLeft() {
		return this.todayX > WIDTH / 2.0;
	}

	/** How many of the jurisdiction's policies are neither drawn nor listed here. */
	public long getMore() {
		return this.more;
	}

	public int getWidth() {
		return WIDTH;
	}

	public int getBarHeight() {
		return BAR_HEIGHT;
	}

	public int getThinHeight() {
		return THIN_HEIGHT;
	}

	public int getLeft() {
		return SIDE;
	}

	public int getTop() {
		return TOP;
	}

	public int getBaseline() {
		return this.height - BOTTOM;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * Dates to x: from 1 January of the earliest adoption's year to the 1 January after
	 * today or the latest end, whichever is later.
	 */
	record Axis(LocalDate from, LocalDate to) {

		static Axis of(List<Policy> dated, LocalDate today) {
			LocalDate earliest = today;
			LocalDate latest = today;
			for (Policy policy : dated) {
				PartialDate adopted = policy.getAdoptedOn();
				earliest = min(earliest, adopted.date());
				latest = max(latest, endOf(adopted));
				if (policy.getEndedOn() != null) {
					latest = max(latest, endOf(policy.getEndedOn()));
				}
			}
			LocalDate lastDay = latest.minusDays(1);
			return new Axis(earliest.withDayOfYear(1), lastDay.withDayOfYear(1).plusYears(1));
		}

		private static LocalDate max(LocalDate a, LocalDate b) {
			return a.isAfter(b) ? a : b;
		}

		double x(LocalDate date) {
			double days = ChronoUnit.DAYS.between(this.from, this.to);
			return round(SIDE + (WIDTH - 2 * SIDE) * ChronoUnit.DAYS.between(this.from, date) / days);
		}

		/** From one day to another (exclusive); at least a sliver wide, so it shows. */
		Stretch stretch(LocalDate start, LocalDate end) {
			double x = x(start);
			return new Stretch(x, round(Math.max(x(end) - x, 2)));
		}

		/** Every year, or every 2nd, 5th, 10th… so that at most a few are labelled. */
		List<Tick> ticks() {
			int first = this.from.getYear();
			int last = this.to.getYear();
			int step = 1;
			for (int candidate : new int[] { 1, 2, 5, 10, 20, 25, 50, 100 }) {
				step = candidate;
				if ((last - first) / candidate + 1 <= MAX_YEAR_LABELS) {
					break;
				}
			}
			List<Tick> ticks = new ArrayList<>();
			for (int year = ceilTo(first, step); year <= last; year += step) {
				ticks.add(new Tick(year, x(LocalDate.of(year, 1, 1))));
			}
			return List.copyOf(ticks);
		}

		private static int ceilTo(int year, int step) {
			return Math.floorDiv(year + step - 1, step) * step;
		}

	}

}
