package org.sanctuarytracker.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	@Query("select p from Person p order by p.name")
	List<Person> findAllByName();

	// The page and the form show the terms with their places and sources: one query.
	@Query("""
			select p from Person p left join fetch p.jurisdiction left join fetch p.partySource
			left join fetch p.terms t left join fetch t.jurisdiction left join fetch t.source
			where p.slug = :slug""")
	Optional<Person> findDetailBySlug(String slug);

	@Query("""
			select p from Person p left join fetch p.jurisdiction left join fetch p.partySource
			left join fetch p.terms t left join fetch t.jurisdiction left join fetch t.source
			where p.id = :id""")
	Optional<Person> findDetailById(long id);

	@Query("select count(s) from Statement s where s.person = :person")
	long countStatements(Person person);

}
