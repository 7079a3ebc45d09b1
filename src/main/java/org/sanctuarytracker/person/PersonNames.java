package org.sanctuarytracker.person;

import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.RecordNames;
import org.springframework.stereotype.Component;

/** Names the person a form field refers to by slug, for the conflict view. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PersonNames implements RecordNames {

	private final PersonService people;

	@Override
	public Optional<String> name(String field, Object value) {
		if (!"person".equals(field) || !(value instanceof String slug)) {
			return Optional.empty();
		}
		return Optional.of(this.people.findBySlug(slug).map(Person::getName).orElse(slug));
	}

}
