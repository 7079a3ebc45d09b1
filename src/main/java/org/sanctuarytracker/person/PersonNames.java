package org.sanctuarytracker.person;

import java.util.Optional;

import org.sanctuarytracker.system.RecordNames;
import org.springframework.stereotype.Component;

/** Names the person a form field refers to by slug, for the conflict view. */
@Component
class PersonNames implements RecordNames {

	private final PersonService people;

	PersonNames(PersonService people) {
		this.people = people;
	}

	@Override
	public Optional<String> name(String field, Object value) {
		if (!"person".equals(field) || !(value instanceof String slug)) {
			return Optional.empty();
		}
		return Optional.of(this.people.findBySlug(slug).map(Person::getName).orElse(slug));
	}

}
