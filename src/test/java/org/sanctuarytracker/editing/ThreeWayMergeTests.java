package org.sanctuarytracker.editing;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The field-by-field merge of a stale form, without Spring or a database. */
class ThreeWayMergeTests {

	@Test
	void shouldTakeTheirValueWhereOnlyTheyChangedAndKeepMineWhereOnlyIChanged() {
		Sample base = new Sample("title", "summary", Set.of("A"));
		Sample mine = new Sample("my title", "summary", Set.of("A"));
		Sample theirs = new Sample("title", "their summary", Set.of("A", "B"));

		ThreeWayMerge.Result result = ThreeWayMerge.into(base, mine, theirs);

		assertThat(result.conflicts()).isEmpty();
		assertThat(result.takenFromThem()).containsExactlyInAnyOrder("summary", "tags");
		assertThat(mine.getTitle()).isEqualTo("my title");
		assertThat(mine.getSummary()).isEqualTo("their summary");
		assertThat(mine.getTags()).containsExactlyInAnyOrder("A", "B");
	}

	@Test
	void shouldReportOnlyFieldsBothChangedToDifferentValues() {
		Sample base = new Sample("title", "summary", Set.of("A"));
		Sample mine = new Sample("my title", "same fix", Set.of("A"));
		Sample theirs = new Sample("their title", "same fix", Set.of("A"));

		ThreeWayMerge.Result result = ThreeWayMerge.into(base, mine, theirs);

		assertThat(result.conflicts()).containsExactly(new FieldConflict("title", "my title", "their title"));
		assertThat(result.takenFromThem()).isEmpty();
		assertThat(mine.getTitle()).isEqualTo("my title");
	}

	@Test
	void shouldTreatBlankAsEmptyAndIgnoreTheOrderOfACollection() {
		Sample base = new Sample("title", null, new LinkedHashSet<>(List.of("A", "B")));
		Sample mine = new Sample("title", "  ", new LinkedHashSet<>(List.of("B", "A")));
		Sample theirs = new Sample("title", null, Set.of("A", "B"));

		ThreeWayMerge.Result result = ThreeWayMerge.into(base, mine, theirs);

		assertThat(result.conflicts()).isEmpty();
		assertThat(result.takenFromThem()).isEmpty();
	}

	@Test
	void shouldNotCountTheEmptyRowAFormOffersToFillIn() {
		Sample base = new Sample("title", null, Set.of());
		base.setRows(List.of(new Row("Mayor")));
		Sample mine = new Sample("title", null, Set.of());
		mine.setRows(List.of(new Row("Mayor"), new Row(" ")));
		Sample theirs = new Sample("title", null, Set.of());
		theirs.setRows(List.of(new Row("Mayor"), new Row("Alderman")));

		ThreeWayMerge.Result result = ThreeWayMerge.into(base, mine, theirs);

		assertThat(result.conflicts()).isEmpty();
		assertThat(result.takenFromThem()).containsExactly("rows");
		assertThat(mine.getRows()).containsExactly(new Row("Mayor"), new Row("Alderman"));
	}

	@Test
	void shouldNeverMergeTheEditSummaryOrTheVersion() {
		Sample base = new Sample("title", null, Set.of());
		Sample mine = new Sample("title", null, Set.of());
		mine.setEditSummary("mine");
		mine.setVersion(1L);
		Sample theirs = new Sample("title", null, Set.of());
		theirs.setEditSummary("theirs");
		theirs.setVersion(2L);

		ThreeWayMerge.into(base, mine, theirs);

		assertThat(mine.getEditSummary()).isEqualTo("mine");
		assertThat(mine.getVersion()).isEqualTo(1L);
	}

	@Test
	void shouldMarkEveryDifferenceWhenTheStartingVersionIsUnknown() {
		Sample mine = new Sample("my title", "summary", Set.of("A"));
		Sample theirs = new Sample("title", "summary", Set.of("B"));

		ThreeWayMerge.Result result = ThreeWayMerge.withoutBase(mine, theirs);

		assertThat(result.conflicts()).extracting(FieldConflict::field).containsExactlyInAnyOrder("title", "tags");
	}

	@Test
	void shouldNotCountADifferentScaleOfTheSameAmountAsAnEdit() {
		Amount base = new Amount(new BigDecimal("2500000.00"));
		Amount mine = new Amount(new BigDecimal("2500000"));
		Amount theirs = new Amount(new BigDecimal("2500000.0"));

		ThreeWayMerge.Result result = ThreeWayMerge.into(base, mine, theirs);

		assertThat(result.conflicts()).isEmpty();
		assertThat(result.takenFromThem()).isEmpty();
		assertThat(ThreeWayMerge.withoutBase(mine, theirs).conflicts()).isEmpty();
		assertThat(ThreeWayMerge.withoutBase(mine, new Amount(new BigDecimal("2500000.01"))).conflicts())
			.containsExactly(new FieldConflict("amount", new BigDecimal("2500000"), new BigDecimal("2500000.01")));
	}

	@Test
	void shouldReportAFieldOneFilledInAndTheOtherClearedOrFilledDifferently() {
		Sample base = new Sample("title", "summary", Set.of("A"));
		Sample mine = new Sample("title", "", Set.of("A", "B"));
		Sample theirs = new Sample("title", "their summary", Set.of());

		ThreeWayMerge.Result result = ThreeWayMerge.into(base, mine, theirs);

		assertThat(result.conflicts()).containsExactlyInAnyOrder(new FieldConflict("summary", "", "their summary"),
				new FieldConflict("tags", Set.of("A", "B"), Set.of()));
		assertThat(mine.getSummary()).isEmpty();
		assertThat(mine.getTags()).containsExactlyInAnyOrder("A", "B");
	}

	@Test
	void shouldTakeACopyOfTheirCollectionNotTheCollectionItself() {
		Sample base = new Sample("title", null, new LinkedHashSet<>(List.of("A")));
		Sample mine = new Sample("title", null, new LinkedHashSet<>(List.of("A")));
		Set<String> theirTags = new LinkedHashSet<>(List.of("A", "B"));
		Sample theirs = new Sample("title", null, theirTags);
		theirs.setRows(new java.util.ArrayList<>(List.of(new Row("Mayor"))));

		ThreeWayMerge.into(base, mine, theirs);
		theirTags.add("C");
		theirs.getRows().add(new Row("Alderman"));

		assertThat(mine.getTags()).containsExactly("A", "B").isNotSameAs(theirTags);
		assertThat(mine.getRows()).containsExactly(new Row("Mayor"));
	}

	@Test
	void shouldSkipFieldsTheStoredFormDoesNotHave() {
		Sample base = new Sample("title", "summary", Set.of());
		Sample mine = new Sample("my title", "summary", Set.of());
		Amount theirs = new Amount(BigDecimal.ONE);

		assertThat(ThreeWayMerge.withoutBase(mine, theirs).conflicts()).isEmpty();
		assertThat(ThreeWayMerge.into(base, mine, theirs).takenFromThem()).isEmpty();
		assertThat(mine.getTitle()).isEqualTo("my title");
	}

	@Test
	void shouldTellRecordFieldsFromTheFormsOwnProperties() {
		assertThat(ThreeWayMerge.isField("title")).isTrue();
		assertThat(ThreeWayMerge.isField("amount")).isTrue();
		assertThat(List.of("class", "editSummary", "version", "recordId", "keep", "find", "picked", "sourceQuery",
				"newSource", "newPerson", "jurisdictionId", "jurisdictionShown"))
			.noneMatch(ThreeWayMerge::isField);
	}

	public static class Amount extends EditForm {

		private BigDecimal amount;

		public Amount(BigDecimal amount) {
			this.amount = amount;
		}

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

	}

	public static class Sample extends EditForm {

		private String title;

		private String summary;

		private Set<String> tags;

		private List<Row> rows = List.of();

		public Sample(String title, String summary, Set<String> tags) {
			this.title = title;
			this.summary = summary;
			this.tags = tags;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getSummary() {
			return this.summary;
		}

		public void setSummary(String summary) {
			this.summary = summary;
		}

		public Set<String> getTags() {
			return this.tags;
		}

		public void setTags(Set<String> tags) {
			this.tags = tags;
		}

		public List<Row> getRows() {
			return this.rows;
		}

		public void setRows(List<Row> rows) {
			this.rows = rows;
		}

	}

	public static class Row {

		private String title;

		public Row(String title) {
			this.title = title;
		}

		public String getTitle() {
			return this.title;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Row that && java.util.Objects.equals(this.title, that.title);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hashCode(this.title);
		}

	}

}
