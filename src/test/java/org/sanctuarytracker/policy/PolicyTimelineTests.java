package org.sanctuarytracker.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The timeline's geometry, without a database: where bars start and end, what a partial
 * date is drawn as, and how many rows are drawn.
 */
class PolicyTimelineTests {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

	static final Jurisdiction PLACE = new Jurisdiction(JurisdictionKind.CITY, "Test city", "test-city", "ZZ");

	private long nextId = 1;

	@Test
	void shouldPlaceBarsInProportionToTheirDatesOnAnAxisOfWholeYears() {
		Policy early = policy("Early", PolicyStatus.EXPIRED, PartialDate.day(2020, 1, 1), PartialDate.day(2022, 1, 1));
		Policy late = policy("Late", PolicyStatus.REPEALED, PartialDate.day(2023, 7, 1), PartialDate.day(2024, 7, 1));
		PolicyTimeline chart = PolicyTimeline.of(page(late, early), TODAY);

		// The axis runs from 1 January 2020 to 1 January 2026: 432 units for 2,192 days.
		double perDay = (PolicyTimeline.WIDTH - 2 * PolicyTimeline.SIDE)
				/ (double) ChronoUnit.DAYS.between(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1));
		PolicyTimeline.Stretch first = chart.getRows().get(1).solid();
		PolicyTimeline.Stretch second = chart.getRows().get(0).solid();
		assertThat(first.x()).isEqualTo(PolicyTimeline.SIDE);
		assertThat(first.width()).isCloseTo(731 * perDay, within(0.2));
		assertThat(second.x()).isCloseTo(PolicyTimeline.SIDE + daysFrom2020(LocalDate.of(2023, 7, 1)) * perDay,
				within(0.2));
		assertThat(second.width()).isCloseTo(366 * perDay, within(0.2));
		assertThat(chart.getRows()).allSatisfy((r) -> assertThat(r.approximate()).isEmpty());
		assertThat(chart.getTicks()).extracting(PolicyTimeline.Tick::year)
			.containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
		assertThat(chart.getTicks().get(6).x()).isEqualTo(PolicyTimeline.WIDTH - PolicyTimeline.SIDE);
	}

	@Test
	void shouldDrawADateKnownOnlyToItsYearAsThatWholeYearAndNoDayInIt() {
		Policy fund = policy("Fund", PolicyStatus.ENACTED, PartialDate.year(2016), null);
		PolicyTimeline chart = PolicyTimeline.of(page(fund), TODAY);
		PolicyTimeline.Row row = chart.getRows().get(0);

		PolicyTimeline.Axis axis = new PolicyTimeline.Axis(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 1, 1));
		double start2016 = axis.x(LocalDate.of(2016, 1, 1));
		double start2017 = axis.x(LocalDate.of(2017, 1, 1));
		assertThat(chart.getTicks().get(0).x()).isEqualTo(start2016);
		assertThat(row.approximate()).singleElement().satisfies((a) -> {
			assertThat(a.x()).isEqualTo(start2016);
			assertThat(a.x() + a.width()).isCloseTo(start2017, within(0.2));
		});
		// Certainly in force only from the end of 2016.
		assertThat(row.solid().x()).isCloseTo(start2017, within(0.2));
	}

	@Test
	void shouldDrawAnEndKnownOnlyToItsMonthAsThatMonth() {
		Policy order = policy("Order", PolicyStatus.REPEALED, PartialDate.day(2021, 3, 10), PartialDate.month(2023, 5));
		PolicyTimeline chart = PolicyTimeline.of(page(order), TODAY);
		PolicyTimeline.Row row = chart.getRows().get(0);

		assertThat(row.toToday()).isFalse();
		PolicyTimeline.Stretch may = row.approximate().get(0);
		assertThat(row.solid().x() + row.solid().width()).isCloseTo(may.x(), within(0.2));
		double perDay = (PolicyTimeline.WIDTH - 2 * PolicyTimeline.SIDE)
				/ (double) ChronoUnit.DAYS.between(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1));
		assertThat(may.width()).isCloseTo(31 * perDay, within(0.2));
	}

	@Test
	void shouldRunABarWithoutAnEndToToday() {
		Policy inForce = policy("In force", PolicyStatus.ENACTED, PartialDate.day(2018, 2, 1), null);
		PolicyTimeline chart = PolicyTimeline.of(page(inForce), TODAY);
		PolicyTimeline.Row row = chart.getRows().get(0);

		assertThat(row.toToday()).isTrue();
		assertThat(row.solid().x() + row.solid().width()).isCloseTo(chart.getTodayX(), within(0.2));
		assertThat(chart.getTodayX()).isLessThan(PolicyTimeline.WIDTH - PolicyTimeline.SIDE);
		assertThat(chart.getTicks()).last().extracting(PolicyTimeline.Tick::year).isEqualTo(2026);
	}

	@Test
	void shouldMarkAPolicyNeverInForceAtItsMonthInsteadOfABar() {
		Policy announced = policy("Announced", PolicyStatus.ANNOUNCED, PartialDate.month(2024, 11), null);
		Policy repealedSomeday = policy("Repealed", PolicyStatus.REPEALED, PartialDate.day(2019, 5, 5), null);
		PolicyTimeline chart = PolicyTimeline.of(page(announced, repealedSomeday), TODAY);

		PolicyTimeline.Row mark = chart.getRows().get(0);
		assertThat(mark.isMark()).isTrue();
		assertThat(mark.solid()).isNull();
		PolicyTimeline.Stretch november = mark.approximate().get(0);
		assertThat(mark.markX()).isCloseTo(november.x() + november.width() / 2, within(0.2));
		// Repealed on a day no source gives: no bar that would invent its end.
		assertThat(chart.getRows().get(1).isMark()).isTrue();
		assertThat(chart.getRows().get(1).approximate()).isEmpty();
		assertThat(chart.hasMarks()).isTrue();
	}

	@Test
	void shouldListPoliciesWithoutAnAdoptionDateInsteadOfPlacingThem() {
		Policy dated = policy("Dated", PolicyStatus.ENACTED, PartialDate.year(2020), null);
		Policy undated = policy("Undated", PolicyStatus.ENACTED, null, null);
		PolicyTimeline chart = PolicyTimeline.of(page(dated, undated), TODAY);

		assertThat(chart.getRows()).extracting((r) -> r.policy().getTitle()).containsExactly("Dated");
		assertThat(chart.getUndated()).containsExactly(undated);
		assertThat(chart.getMore()).isZero();
	}

	@Test
	void shouldDrawNothingWithoutADatedPolicy() {
		assertThat(PolicyTimeline.of(page(), TODAY)).isNull();
		assertThat(PolicyTimeline.of(page(policy("Undated", PolicyStatus.ENACTED, null, null)), TODAY)).isNull();
	}

	@Test
	void shouldDrawAtMostTwentyRowsAndCountTheRest() {
		List<Policy> many = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			many.add(policy("Policy " + i, PolicyStatus.ENACTED, PartialDate.year(2024 - i), null));
		}
		PolicyTimeline chart = PolicyTimeline.of(new PageImpl<>(many, PageRequest.of(0, 30), 500), TODAY);

		assertThat(chart.getRows()).hasSize(PolicyTimeline.MAX_ROWS);
		assertThat(chart.getMore()).isEqualTo(480);
		assertThat(chart.getHeight())
			.isEqualTo(PolicyTimeline.TOP + 20 * PolicyTimeline.ROW_HEIGHT + PolicyTimeline.BOTTOM);
		// Twenty years are labelled every fifth, so that the labels never touch.
		assertThat(chart.getTicks()).extracting(PolicyTimeline.Tick::year)
			.containsExactly(2005, 2010, 2015, 2020, 2025);
	}

	@Test
	void shouldCutALongTitleAtAWordToFitThePlotAndKeepAShortOneWhole() {
		assertThat(PolicyTimeline.labelOf("Legal defense fund")).isEqualTo("Legal defense fund");
		String cut = PolicyTimeline
			.labelOf("Legal defense fund for immigrants facing deportation in the county and the city");
		assertThat(cut).isEqualTo("Legal defense fund for immigrants facing…");
		// Capitals are wider than small letters: fewer of them fit.
		String capitals = PolicyTimeline.labelOf("W".repeat(60));
		String small = PolicyTimeline.labelOf("a".repeat(60));
		assertThat(capitals.length()).isLessThan(small.length());
		for (String label : new String[] { cut, capitals, small }) {
			assertThat(label.chars().mapToDouble((c) -> PolicyTimeline.emsOf((char) c)).sum())
				.isLessThanOrEqualTo(PolicyTimeline.LABEL_EMS + 1);
		}
	}

	private Page<Policy> page(Policy... policies) {
		return new PageImpl<>(List.of(policies), PageRequest.of(0, 20), policies.length);
	}

	private Policy policy(String title, PolicyStatus status, PartialDate adopted, PartialDate ended) {
		Policy policy = new Policy(PLACE, PolicyInstrument.ORDINANCE, status, title);
		policy.setAdoptedOn(adopted);
		policy.setEndedOn(ended);
		ReflectionTestUtils.setField(policy, "id", this.nextId++);
		return policy;
	}

	private static long daysFrom2020(LocalDate date) {
		return ChronoUnit.DAYS.between(LocalDate.of(2020, 1, 1), date);
	}

}
