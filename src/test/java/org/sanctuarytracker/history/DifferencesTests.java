package org.sanctuarytracker.history;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.history.Change.FieldChange.Segment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history page marks what an edit removed and added: the words of prose, the members of
 * a set, any other value whole.
 */
class DifferencesTests {

	@Test
	void shouldMarkOnlyTheWordsAnEditChangedInAQuote() {
		Differences.Pair pair = Differences.words("It always will be a santcuary city, he said.",
				"It always will be a sanctuary city, he said.");

		assertThat(pair.before()).containsExactly(new Segment("It always will be a ", false),
				new Segment("santcuary", true), new Segment(" city, he said.", false));
		assertThat(pair.after()).containsExactly(new Segment("It always will be a ", false),
				new Segment("sanctuary", true), new Segment(" city, he said.", false));
	}

	@Test
	void shouldMarkAdjacentChangedWordsAsOneRun() {
		Differences.Pair pair = Differences.words("we will not comply", "we refuse to comply");

		assertThat(pair.before()).containsExactly(new Segment("we ", false), new Segment("will not", true),
				new Segment(" comply", false));
		assertThat(pair.after()).containsExactly(new Segment("we ", false), new Segment("refuse to", true),
				new Segment(" comply", false));
	}

	@Test
	void shouldMarkAWholeTextAddedOrRemoved() {
		assertThat(Differences.words("", "New words").after()).containsExactly(new Segment("New words", true));
		assertThat(Differences.words("", "New words").before()).isEmpty();
		assertThat(Differences.words("Old words", "").before()).containsExactly(new Segment("Old words", true));
	}

	@Test
	void shouldKeepMarkupAsText() {
		// Escaping is the template's: the segments carry the text exactly as typed.
		Differences.Pair pair = Differences.words("a <b>bold</b> claim", "a <script>x</script> claim");

		assertThat(String.join("", pair.after().stream().map(Segment::text).toList()))
			.isEqualTo("a <script>x</script> claim");
		assertThat(pair.after()).anyMatch((segment) -> segment.changed() && segment.text().contains("script"));
	}

	@Test
	void shouldMarkTheMembersASetLostAndGained() {
		Differences.Pair pair = Differences.members(List.of("Declines ICE detainers", "Legal defense fund"),
				List.of("Legal defense fund", "No 287(g) agreement"));

		assertThat(pair.before()).containsExactly(new Segment("Declines ICE detainers", true),
				new Segment("; Legal defense fund", false));
		assertThat(pair.after()).containsExactly(new Segment("Legal defense fund; ", false),
				new Segment("No 287(g) agreement", true));
	}

	@Test
	void shouldMarkOtherValuesWhole() {
		Differences.Pair pair = Differences.whole("$2,750,000", "$3,000,000");

		assertThat(pair.before()).containsExactly(new Segment("$2,750,000", true));
		assertThat(pair.after()).containsExactly(new Segment("$3,000,000", true));
		assertThat(Differences.whole("", "Yes").before()).isEmpty();
	}

}
