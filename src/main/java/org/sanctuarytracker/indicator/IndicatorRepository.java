package org.sanctuarytracker.indicator;

import java.util.List;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	@Query("""
			select f from Indicator f
			join fetch f.jurisdiction
			left join fetch f.sources
			where f.id = :id""")
	java.util.Optional<Indicator> findDetail(long id);

	@Query("select f.id from Indicator f where f.jurisdiction = :jurisdiction order by f.metric, f.asOf.date desc, f.id")
	Page<Long> findIdsFor(Jurisdiction jurisdiction, Pageable page);

	@Query("select distinct f from Indicator f left join fetch f.sources where f.id in :ids")
	List<Indicator> findWithSources(java.util.Collection<Long> ids);

	@Query("""
			select f from Indicator f
			join fetch f.jurisdiction
			where :source member of f.sources
			order by f.metric, f.asOf.date desc, f.id""")
	List<Indicator> findCiting(Source source, Limit limit);

}
