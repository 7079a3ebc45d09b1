package org.sanctuarytracker.person;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanctuarytracker.editing.RecordChoices;
import org.sanctuarytracker.system.Choice;
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
public class PersonChoices implements RecordChoices {

	private final PersonRepository people;

	PersonChoices(PersonRepository people) {
		this.people = people;
	}

	@Override
	public List<Choice> matching(String query, int max) {
		String words = RecordChoices.literal(query);
		if (words.isEmpty()) {
			return List.of();
		}
		return this.people
			.findChoices(query.strip().toLowerCase(Locale.ROOT), words + "%", "%" + words + "%", Slugs.of(query), max)
			.stream()
			.map(PersonChoices::choice)
			.toList();
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

	private static Choice choice(Object[] row) {
		String title = (String) row[2];
		String place = (String) row[3];
		String detail = (title != null && place != null) ? title + ", " + place : (title != null) ? title : place;
		return new Choice((String) row[0], (String) row[1], detail, null);
	}

}
