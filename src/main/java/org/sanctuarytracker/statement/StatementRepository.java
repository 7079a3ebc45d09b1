package org.sanctuarytracker.statement;

import java.util.Collection;
import java.util.List;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.source.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

// Statements are ordered by the date said, or, when the source does not say, by the
// source's date (the report is the latest it can have been said).
interface StatementRepository extends JpaRepository<Statement, Long> {

	// Newest first by the date the statement stands at (said_on, V35), from its index.
	@Query(value = "select s.id from statement s where s.jurisdiction_id = :jurisdictionId order by s.said_on desc nulls last, s.id desc",
			countQuery = "select count(*) from statement where jurisdiction_id = :jurisdictionId", nativeQuery = true)
	Page<Long> findIdsAbout(long jurisdictionId, Pageable page);

	@Query(value = "select s.id from statement s where s.person_id = :personId order by s.said_on desc nulls last, s.id desc",
			countQuery = "select count(*) from statement where person_id = :personId", nativeQuery = true)
	Page<Long> findIdsBy(long personId, Pageable page);

	@Query("""
			select s from Statement s
			join fetch s.person
			join fetch s.jurisdiction
			join fetch s.source
			where s.id = :id""")
	java.util.Optional<Statement> findDetail(long id);

	// "exists" rather than "distinct" over every statement: the scan stops at the limit.
	@Query("select p.id from Person p")
	List<Long> findPersonIds(Limit limit);

	@Query("select j.id from Jurisdiction j")
	List<Long> findJurisdictionIds(Limit limit);

	@Query("select p from Person p where exists (select 1 from Statement s where s.person = p) order by p.name")
	List<Person> findSpeakers(Limit limit);

	@Query("""
			select j from Jurisdiction j where exists (select 1 from Statement s where s.jurisdiction = j)
			order by j.name""")
	List<Jurisdiction> findSubjects(Limit limit);

	@Query("""
			select s from Statement s
			join fetch s.person
			join fetch s.jurisdiction
			join fetch s.source
			order by coalesce(s.statedOn.date, s.source.publishedOn.date) desc nulls last, s.id desc""")
	List<Statement> findLatest(Limit limit);

	@Query("""
			select s from Statement s
			join fetch s.person
			join fetch s.jurisdiction
			where s.source = :source
			order by coalesce(s.statedOn.date, s.source.publishedOn.date) desc nulls last, s.id desc""")
	List<Statement> findCiting(Source source, Limit limit);

	@Query("""
			select s from Statement s
			join fetch s.person
			join fetch s.jurisdiction
			join fetch s.source
			where s.id in :ids""")
	List<Statement> findWithDetails(Collection<Long> ids);

}
