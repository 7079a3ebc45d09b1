package org.sanctuarytracker.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A sentence made around a record's words ends once. */
class SentencesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { "We will stop deportations|We will stop deportations.",
			"We will stop deportations.|We will stop deportations.", "Will we comply?|Will we comply?", "No!|No!",
			"We will…|We will…", "“We will not comply.”|“We will not comply.”", "Byrne JAG (2025)|Byrne JAG (2025).",
			"`He said \"no.\"`|`He said \"no.\"`", "  trailing  |trailing." })
	void shouldEndASentenceOnce(String label, String sentence) {
		assertThat(Sentences.closed(label)).isEqualTo(sentence);
	}

}
