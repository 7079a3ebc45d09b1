package org.sanctuarytracker.policy;

import java.util.List;
import java.util.Optional;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyRepository extends JpaRepository<Policy, Long> {

	// One query for the whole timeline: provisions and sources are sets, so fetching both
	// is safe.
	@Query("""
			select distinct p from Policy p
			left join fetch p.provisions
			left join fetch p.sources
			left join fetch p.targets
			where p.jurisdiction = :jurisdiction""")
	List<Policy> findTimeline(Jurisdiction jurisdiction);

	// A jurisdiction's own policies and the actions others took that name it as a target,
	// in the same one query (the profile's query count does not grow).
	@Query("""
			select distinct p from Policy p
			join fetch p.jurisdiction
			left join fetch p.provisions
			left join fetch p.sources
			left join fetch p.targets
			where p.jurisdiction = :jurisdiction
			   or p.id in (select a.id from Policy a join a.targets t where t = :jurisdiction)""")
	List<Policy> findInvolving(Jurisdiction jurisdiction);

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
	List<Policy> findCiting(Source source);

}
