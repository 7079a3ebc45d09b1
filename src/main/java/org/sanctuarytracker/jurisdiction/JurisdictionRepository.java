package org.sanctuarytracker.jurisdiction;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sanctuarytracker.source.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface JurisdictionRepository extends JpaRepository<Jurisdiction, Long>, JpaSpecificationExecutor<Jurisdiction> {

	Optional<Jurisdiction> findBySlug(String slug);

	@Query("""
			select j from Jurisdiction j
			left join fetch j.parent
			left join fetch j.statusSources
			where j.slug = :slug""")
	Optional<Jurisdiction> findProfileBySlug(String slug);

	@Query("select j from Jurisdiction j where j.parent = :parent order by j.name")
	List<Jurisdiction> findChildren(Jurisdiction parent);

	@Query("select j from Jurisdiction j where j.parent = :parent order by j.name, j.id")
	Page<Jurisdiction> findChildren(Jurisdiction parent, Pageable page);

	@Query("select new org.sanctuarytracker.jurisdiction.StatusCount(j.status, count(j))"
			+ " from Jurisdiction j group by j.status")
	List<StatusCount> countByStatus();

	@Query("select new org.sanctuarytracker.jurisdiction.KindCoverage(j.kind, count(j),"
			+ " sum(case when j.status <> org.sanctuarytracker.jurisdiction.JurisdictionStatus.UNASSESSED then 1 else 0 end))"
			+ " from Jurisdiction j group by j.kind order by j.kind")
	List<KindCoverage> coverageByKind();

	@Query("select distinct j.stateCode from Jurisdiction j where j.stateCode is not null order by j.stateCode")
	List<String> findStateCodes();

	@Query("select j from Jurisdiction j join j.statusSources s where s = :source order by j.name")
	List<Jurisdiction> findAssessedCiting(Source source, Limit limit);

	// The picker's search: the exact slug or name first, then names starting with the
	// words, then the biggest places. Compared as search keys (V65: accents, case and
	// punctuation folded, "Saint" as "St"), so jurisdiction_search_key_trgm_idx serves it
	// and the plain-name trigram indexes an import had to keep up need not exist (V82);
	// the limit bounds what is read and shown.
	@Query(value = """
			select j.slug as slug, j.name as name, j.kind as kind, j.state_code as "stateCode" from jurisdiction j
			where (length(search_name(:words)) > 0 and j.search_key like '%' || search_name(:words) || '%')
			   or j.slug = :slug
			order by (j.slug = :slug or j.search_key = search_name(:words)) desc,
			         (j.search_key like search_name(:words) || '%') desc,
			         j.population desc nulls last, j.name, j.id
			limit :max""", nativeQuery = true)
	List<JurisdictionChoice> findChoices(String words, String slug, int max);

	@Query(value = """
			select j.slug as slug, j.name as name, j.kind as kind, j.state_code as "stateCode" from jurisdiction j
			where j.slug in (:slugs)""", nativeQuery = true)
	List<JurisdictionChoice> findChoicesBySlug(Collection<String> slugs);

	@Query("select j from Jurisdiction j left join fetch j.parent left join fetch j.statusSources where j.id = :id")
	Optional<Jurisdiction> findDetail(long id);

	// What would be orphaned by a delete, one count per kind of dependent record.
	@Query(value = """
			select (select count(*) from statement where jurisdiction_id = :id) as statements,
			       (select count(*) from policy where jurisdiction_id = :id) as policies,
			       (select count(*) from person where jurisdiction_id = :id)
			     + (select count(*) from person_term where jurisdiction_id = :id) as people,
			       (select count(*) from jurisdiction where parent_id = :id) as children,
			       (select count(*) from funding_exposure where jurisdiction_id = :id)
			     + (select count(*) from indicator where jurisdiction_id = :id)
			     + (select count(*) from designation where jurisdiction_id = :id) as facts,
			       (select count(*) from policy_target where jurisdiction_id = :id) as targeted""", nativeQuery = true)
	DependentCounts countDependents(long id);

	// The first people of a jurisdiction (serving there, or who held a title there), by
	// name: there is no list of them to link to, so a refused delete names these.
	@Query(value = """
			select p.slug as slug, p.name as name from person p
			where p.jurisdiction_id = :id
			   or exists (select 1 from person_term t where t.person_id = p.id and t.jurisdiction_id = :id)
			order by p.name, p.id limit :max""", nativeQuery = true)
	List<PersonNamed> findPeopleIn(long id, int max);

}
