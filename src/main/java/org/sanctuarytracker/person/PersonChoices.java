package org.sanctuarytracker.person;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.editing.EditForm;
import org.sanctuarytracker.editing.RecordChoices;
import org.sanctuarytracker.jurisdiction.JurisdictionFactForm;
import org.sanctuarytracker.system.Choice;
import org.sanctuarytracker.system.LikePatterns;
import org.sanctuarytracker.system.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People for the statement form's speaker picker: tens of thousands nationally, so found
 * by name or slug, never listed whole. Each is told apart by title and place (Brandon
 * Johnson, Mayor, Chicago).
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonChoices implements RecordChoices {

	private static final long NO_PLACE = -1;

	private final PersonRepository people;

	@Override
	public List<Choice> matching(String query, int max) {
		return matching(query, max, NO_PLACE);
	}

	@Override
	public List<Choice> matching(String query, int max, EditForm form) {
		return matching(query, max, placeOf(form));
	}

	@Override
	public List<Choice> suggested(EditForm form, int max) {
		long place = placeOf(form);
		return (place == NO_PLACE) ? List.of()
				: this.people.findChoicesIn(place, max).stream().map(PersonChoices::choice).toList();
	}

	private List<Choice> matching(String query, int max, long place) {
		String words = LikePatterns.literal(query.strip());
		if (words.isEmpty()) {
			return List.of();
		}
		return this.people
			.findChoices(query.strip().toLowerCase(Locale.ROOT), words + "%", "%" + words + "%", Slugs.of(query), place,
					max)
			.stream()
			.map(PersonChoices::choice)
			.toList();
	}

	/** The jurisdiction a fact's form is about, whose people come first. */
	private static long placeOf(EditForm form) {
		return (form instanceof JurisdictionFactForm fact && fact.getJurisdictionId() != null)
				? fact.getJurisdictionId() : NO_PLACE;
	}

	@Override
	public Map<String, Choice> withValues(Collection<String> values) {
		Map<String, Choice> named = new LinkedHashMap<>();
		this.people.findChoicesBySlug(values)
			.stream()
			.map(PersonChoices::choice)
			.forEach((choice) -> named.put(choice.value(), choice));
		return named;
	}

	@Override
	public String unknownMessage() {
		return "picker.person.unknown";
	}

	private static Choice choice(PersonChoice row) {
		String title = row.getCurrentTitle();
		String place = row.getPlace();
		String detail = (title != null && place != null) ? title + ", " + place : (title != null) ? title : place;
		return new Choice(row.getSlug(), row.getName(), detail, null);
	}

}
