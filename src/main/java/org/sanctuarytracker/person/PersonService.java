package org.sanctuarytracker.person;

import org.sanctuarytracker.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People for pages.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

	private final PersonRepository people;

	PersonService(PersonRepository people) {
		this.people = people;
	}

	public java.util.List<Person> allByName() {
		return this.people.findAllByName();
	}

	public Person getBySlug(String slug) {
		return this.people.findDetailBySlug(slug).orElseThrow(() -> new NotFoundException("person", slug));
	}

}
