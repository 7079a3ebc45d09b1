package org.sanctuarytracker.history;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feed readers find the feeds from the pages (autodiscovery links in every head, a
 * profile's own feed on its profile) and recognise a feed by its own address
 * (rel="self").
 */
@TrackerTest
class FeedDiscoveryTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldNameTheSiteFeedInEveryPageAndAProfileFeedOnItsProfile() {
		String siteFeed = "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/changes.atom\" title=\"Sanctuary-policy tracker: recent changes\">";
		assertThat(this.mvc.get().uri("/")).bodyText().contains(siteFeed).doesNotContain("/changes.atom\"\n");
		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il")).bodyText()
			.contains(siteFeed)
			.containsPattern(
					"<link rel=\"alternate\" type=\"application/atom\\+xml\" href=\"/jurisdictions/chicago-il/changes.atom\"\\s+title=\"Sanctuary-policy tracker: changes to Chicago\">");
	}

	@Test
	void shouldGiveEachFeedItsOwnAddressAndThePageItFollows() {
		assertThat(this.mvc.get().uri("/changes.atom")).hasStatusOk()
			.bodyText()
			.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"http://localhost/changes.atom\" />")
			.contains("<link rel=\"alternate\" type=\"text/html\" href=\"http://localhost/changes\" />");
		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il/changes.atom")).hasStatusOk()
			.bodyText()
			.contains(
					"<link rel=\"self\" type=\"application/atom+xml\" href=\"http://localhost/jurisdictions/chicago-il/changes.atom\" />");
	}

	@Test
	void shouldLetAReaderFollowWhatOnePersonSays() {
		assertThat(this.mvc.get().uri("/people/eric-garcetti")).bodyText()
			.contains("href=\"/people/eric-garcetti/statements.atom\">Follow what they say (Atom feed)</a>")
			.containsPattern(
					"<link rel=\"alternate\" type=\"application/atom\\+xml\" href=\"/people/eric-garcetti/statements.atom\"\\s+title=\"Sanctuary-policy tracker: statements by Eric Garcetti\">");
		assertThat(this.mvc.get().uri("/people/eric-garcetti/statements.atom")).hasStatusOk()
			.hasContentTypeCompatibleWith("application/atom+xml")
			.bodyText()
			.contains("<title>Sanctuary-policy tracker: statements by Eric Garcetti</title>")
			.contains(
					"<link rel=\"self\" type=\"application/atom+xml\" href=\"http://localhost/people/eric-garcetti/statements.atom\" />")
			.containsPattern("<id>http://localhost/statements/\\d+</id>")
			.contains("<title>Eric Garcetti: ");
		assertThat(this.mvc.get().uri("/people/nobody-at-all/statements.atom")).hasStatus(404);
	}

}
