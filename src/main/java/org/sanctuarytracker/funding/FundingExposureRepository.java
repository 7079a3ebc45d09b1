package org.sanctuarytracker.funding;

import java.util.List;

import org.sanctuarytracker.jurisdiction.CitedFactRepository;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

interface FundingExposureRepository extends CitedFactRepository<FundingExposure> {

	@Query("select f.id from FundingExposure f where f.jurisdiction = :jurisdiction order by f.fiscalYear desc nulls last, f.program, f.id")
	@Override
	Page<Long> findIdsFor(Jurisdiction jurisdiction, Pageable page);

	/** The rows of a page of the overview, with their jurisdictions and sources. */
	@Query("select distinct f from FundingExposure f join fetch f.jurisdiction left join fetch f.sources where f.id in :ids")
	List<FundingExposure> findForOverview(java.util.Collection<Long> ids);

	@Query("""
			select f from FundingExposure f
			join fetch f.jurisdiction
			where :source member of f.sources
			order by f.fiscalYear desc nulls last, f.program, f.id""")
	@Override
	List<FundingExposure> findCiting(Source source, Limit limit);

}
