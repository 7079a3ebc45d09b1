package org.sanctuarytracker.designation;

import java.util.List;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DesignationRepository extends JpaRepository<Designation, Long> {

	@Query("""
			select f from Designation f
			join fetch f.jurisdiction
			left join fetch f.sources
			where f.id = :id""")
	java.util.Optional<Designation> findDetail(long id);

	@Query("select f.id from Designation f where f.jurisdiction = :jurisdiction order by f.listedOn.date desc, f.id")
	Page<Long> findIdsFor(Jurisdiction jurisdiction, Pageable page);

	@Query("select distinct f from Designation f left join fetch f.sources where f.id in :ids")
	List<Designation> findWithSources(java.util.Collection<Long> ids);

	@Query("""
			select f from Designation f
			join fetch f.jurisdiction
			where :source member of f.sources
			order by f.listedOn.date desc, f.id""")
	List<Designation> findCiting(Source source, Limit limit);

}
