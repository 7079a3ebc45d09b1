package org.sanctuarytracker.source;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

	@Query("""
			select s from Source s
			where lower(s.title) like :pattern escape '\\' or lower(s.publisher) like :pattern escape '\\'
			order by s.publishedOn.date desc nulls last, s.id desc""")
	List<Source> search(String pattern, Limit limit);

	@Query("select s from Source s order by s.id desc")
	List<Source> findNewest(Limit limit);

	// Native: the citation tables of every fact type, one count.
	@Query(value = """
			select (select count(*) from statement where source_id = :id)
			     + (select count(*) from policy_citation where source_id = :id)
			     + (select count(*) from funding_exposure_citation where source_id = :id)
			     + (select count(*) from indicator_citation where source_id = :id)
			     + (select count(*) from designation_citation where source_id = :id)
			     + (select count(*) from jurisdiction_citation where source_id = :id)
			     + (select count(*) from person_term where source_id = :id)
			     + (select count(*) from person where party_source_id = :id)""", nativeQuery = true)
	long countCitations(long id);

}
