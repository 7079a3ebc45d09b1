package org.sanctuarytracker.person;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	@Query("select p from Person p order by p.name")
	java.util.List<Person> findAllByName();

	@Query("select p from Person p left join fetch p.jurisdiction where p.slug = :slug")
	Optional<Person> findDetailBySlug(String slug);

}
