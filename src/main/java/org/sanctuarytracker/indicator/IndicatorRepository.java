package org.sanctuarytracker.indicator;

import java.util.List;

import org.sanctuarytracker.jurisdiction.CitedFactRepository;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends CitedFactRepository<Indicator> {

	@Query("select f.id from Indicator f where f.jurisdiction = :jurisdiction order by f.metric, f.asOf.date desc, f.id")
	@Override
	Page<Long> findIdsFor(Jurisdiction jurisdiction, Pageable page);

	@Query("""
			select f from Indicator f
			join fetch f.jurisdiction
			where :source member of f.sources
			order by f.metric, f.asOf.date desc, f.id""")
	@Override
	List<Indicator> findCiting(Source source, Limit limit);

}
