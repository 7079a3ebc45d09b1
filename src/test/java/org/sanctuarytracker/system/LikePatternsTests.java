package org.sanctuarytracker.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed text matched literally by LIKE: the pickers', the source search's and the
 * exports' one rule.
 */
class LikePatternsTests {

	@Test
	void shouldEscapeLikesWildcardsAndItsEscapeCharacter() {
		assertThat(LikePatterns.literal("50% of_ICE\\funds")).isEqualTo("50\\% of\\_ice\\\\funds");
	}

	@Test
	void shouldMatchAnyValueContainingTheTextAndNothingForNone() {
		assertThat(LikePatterns.containing("Chicago")).isEqualTo("%chicago%");
		assertThat(LikePatterns.containing(null)).isNull();
	}

}
