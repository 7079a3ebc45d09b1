package org.sanctuarytracker.designation;

import java.util.List;

import org.sanctuarytracker.jurisdiction.CitedFactRepository;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

interface DesignationRepository extends CitedFactRepository<Designation> {

	@Query("select f.id from Designation f where f.jurisdiction = :jurisdiction order by f.listedOn.date desc, f.id")
	@Override
	Page<Long> findIdsFor(Jurisdiction jurisdiction, Pageable page);

	@Query("""
			select f from Designation f
			join fetch f.jurisdiction
			where :source member of f.sources
			order by f.listedOn.date desc, f.id""")
	@Override
	List<Designation> findCiting(Source source, Limit limit);

}
