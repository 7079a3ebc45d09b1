package org.sanctuarytracker.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyRepository extends JpaRepository<Policy, Long> {

	// A jurisdiction's own policies, one page of ids in timeline order (newest adopted
	// first, undated last); findWithDetails then loads them.
	@Query("""
			select p.id from Policy p where p.jurisdiction = :jurisdiction
			order by p.adoptedOn.date desc nulls last, p.id desc""")
	Page<Long> findTimelineIds(Jurisdiction jurisdiction, Pageable page);

	// Actions other jurisdictions took that name this one as a target.
	@Query(value = """
			select p.id from Policy p join p.targets t
			where t = :jurisdiction and p.jurisdiction <> :jurisdiction
			order by p.adoptedOn.date desc nulls last, p.id desc""", countQuery = """
			select count(p) from Policy p join p.targets t
			where t = :jurisdiction and p.jurisdiction <> :jurisdiction""")
	Page<Long> findAimedAtIds(Jurisdiction jurisdiction, Pageable page);

	@Query("""
			select distinct p from Policy p
			join fetch p.jurisdiction
			left join fetch p.provisions
			left join fetch p.sources
			left join fetch p.targets
			where p.id in :ids""")
	List<Policy> findWithDetails(Collection<Long> ids);

	// What is in force today (Policy#isInForce), with only what the summary shows.
	@Query("""
			select distinct p from Policy p
			left join fetch p.provisions
			where p.jurisdiction = :jurisdiction and p.status = org.sanctuarytracker.policy.PolicyStatus.ENACTED
			  and (p.effectiveOn.date is null or p.effectiveOn.date <= :today)
			  and (p.endedOn.date is null or p.endedOn.date > :today)""")
	List<Policy> findInForce(Jurisdiction jurisdiction, LocalDate today);

	@Query("""
			select p from Policy p
			join fetch p.jurisdiction
			left join fetch p.provisions
			left join fetch p.sources
			left join fetch p.targets
			where p.id = :id""")
	Optional<Policy> findDetail(long id);

	@Query("""
			select p from Policy p
			join fetch p.jurisdiction
			order by p.adoptedOn.date desc nulls last, p.id desc""")
	List<Policy> findLatest(Limit limit);

	@Query("""
			select p from Policy p
			join fetch p.jurisdiction
			where :source member of p.sources
			order by p.adoptedOn.date desc nulls last, p.id desc""")
	List<Policy> findCiting(Source source, Limit limit);

}
