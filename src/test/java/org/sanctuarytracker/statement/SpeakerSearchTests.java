package org.sanctuarytracker.statement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement search's words also name speakers: what they said comes first, then the
 * statements whose words match.
 */
@TrackerTest
class SpeakerSearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldFindWhatThePeopleNamedSaid() {
		assertThat(this.mvc.get().uri("/statements?q=Garcetti")).hasStatusOk()
			.bodyText()
			.contains("good and law-abiding immigrants of Los Angeles", "We expect there could be actions right away");
		assertThat(this.mvc.get().uri("/statements?q=de blasio")).hasStatusOk()
			.bodyText()
			.contains("We are not going to sacrifice a half a million people");
	}

	@Test
	void shouldPutTheSpeakersOwnStatementsBeforeOthersThatNameThem() throws Exception {
		String body = this.mvc.get().uri("/statements?q=Homan").exchange().getResponse().getContentAsString();
		int homan = body.indexOf("get the hell out of the way");
		int johnson = body.indexOf("Our city’s police department is not going to");
		assertThat(homan).isPositive();
		assertThat(johnson).isGreaterThan(homan);
	}

	@Test
	void shouldMatchWholeWordsOfANameOnly() {
		String name = "Quillon" + Fixtures.unique("q").replaceAll("[^a-z]", "");
		long place = this.fixtures.jurisdiction(Fixtures.unique("spk"), "CITY", "ZZ");
		long person = this.jdbc.queryForObject("insert into person (name, slug) values (?, ?) returning id", Long.class,
				"Ada " + name, Fixtures.unique("ada"));
		long source = this.fixtures.source("Speaker test");
		this.fixtures.statement(person, place, LocalDate.of(2023, 5, 1), "Words without the name", "NEUTRAL", source);
		assertThat(this.mvc.get().uri("/statements?q={q}", name)).bodyText().contains("Words without the name");
		assertThat(this.mvc.get().uri("/statements?q={q}", "Ada " + name)).bodyText()
			.contains("Words without the name");
		// A part of the name is no name.
		assertThat(this.mvc.get().uri("/statements?q={q}", name.substring(0, name.length() - 2))).bodyText()
			.doesNotContain("Words without the name");
		// The other filters still apply to a speaker's statements.
		assertThat(this.mvc.get().uri("/statements?q={q}&stance=SUPPORTS_SANCTUARY", name)).bodyText()
			.doesNotContain("Words without the name");
		assertThat(this.mvc.get().uri("/statements?q={q}&from=2023-06-01", name)).bodyText()
			.doesNotContain("Words without the name");
	}

}
