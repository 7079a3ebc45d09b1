package org.sanctuarytracker.reading;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.Citations;
import org.springframework.stereotype.Component;

/**
 * The description a record's page gives search results and link previews, from the
 * record, in the words and formats of the page itself: a status as the profile names it,
 * a date at the precision it was recorded at, never finer. What the record holds (names,
 * titles) stays as entered.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecordDescriptions {

	private final Citations citations;

	/** "Chicago (City, IL): Limited cooperation as of June 2025. Its policies, …". */
	String of(Jurisdiction jurisdiction) {
		String kind = this.citations.text("kind." + jurisdiction.getKind());
		String place = (jurisdiction.getStateCode() != null)
				? this.citations.text("profile.descriptionPlace", kind, jurisdiction.getStateCode()) : kind;
		String status = this.citations.text("status." + jurisdiction.getStatus());
		if (jurisdiction.getStatusAsOf() != null) {
			status += " "
					+ this.citations.text("profile.statusAsOf", this.citations.date(jurisdiction.getStatusAsOf()));
		}
		return shortened(this.citations.text("profile.description", jurisdiction.getName(), place, status));
	}

	/**
	 * Who they are as far as the record says: their latest title on record (never claimed
	 * as held today), else their organization.
	 */
	String of(Person person) {
		if (person.getCurrentTitle() != null) {
			return shortened(
					this.citations.text("person.descriptionTitled", person.getName(), person.getCurrentTitle()));
		}
		if (person.getOrganization() != null) {
			return shortened(
					this.citations.text("person.descriptionOrganization", person.getName(), person.getOrganization()));
		}
		return shortened(this.citations.text("person.description", person.getName()));
	}

	/** Its title, publisher and date of publication, each when known. */
	String of(Source source) {
		String named = Stream.of(source.getTitle(), source.getPublisher(), this.citations.date(source.getPublishedOn()))
			.filter(Objects::nonNull)
			.filter((part) -> !part.isBlank())
			.collect(Collectors.joining(", "));
		return shortened(this.citations.text("source.description", named));
	}

	private static String shortened(String description) {
		return Citations.abbreviate(description, Citations.DESCRIPTION_LENGTH);
	}

}
