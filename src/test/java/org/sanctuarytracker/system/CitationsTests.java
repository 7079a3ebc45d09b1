package org.sanctuarytracker.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citation leaves out what the record lacks, names the page's address and the day it
 * was read; a page's description is cut at a word, never mid-word.
 */
class CitationsTests {

	private static final Clock SECOND_OF_DECEMBER = Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC);

	private final Citations citations = new Citations(messages(), new Formats(messages()), SECOND_OF_DECEMBER);

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void shouldJoinThePartsTheRecordHasThenNameThePageAndTheDay() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/statements/8");
		request.setServerName("tracker.example.org");
		request.setScheme("https");
		request.setServerPort(443);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		assertThat(this.citations.cite("/statements/8", "Brandon Johnson", null, "",
				this.citations.date(PartialDate.month(2024, 11)), this.citations.part("cite.in", "NewsNation"),
				this.citations.part("statement.reportedBy", null)))
			.isEqualTo("Brandon Johnson, November 2024, in NewsNation. Sanctuary-policy tracker,"
					+ " https://tracker.example.org/statements/8 (retrieved 2 December 2026).");
	}

	@Test
	void shouldWriteAYearAsAYear() {
		assertThat(this.citations.part("cite.fiscalYear", 2025)).isEqualTo("fiscal year 2025");
	}

	@Test
	void shouldNameEachOutletOnce() {
		assertThat(Citations.joined(Arrays.asList("NewsNation", null, "CBS News", "NewsNation", " ")))
			.isEqualTo("NewsNation; CBS News");
		assertThat(Citations.joined(List.of())).isNull();
	}

	@Test
	void shouldCutADescriptionAtAWord() {
		assertThat(Citations.abbreviate("We will not be intimidated", 100)).isEqualTo("We will not be intimidated");
		assertThat(Citations.abbreviate("We will not be intimidated", 20)).isEqualTo("We will not be…");
		assertThat(Citations.abbreviate("Intimidation", 5)).isEqualTo("Inti…");
		assertThat(Citations.abbreviate(null, 5)).isNull();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
