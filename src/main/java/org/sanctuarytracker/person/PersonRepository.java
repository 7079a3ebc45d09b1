package org.sanctuarytracker.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	// The picker's search, as the jurisdictions' (JurisdictionRepository.findChoices):
	// exact first, then the people of the form's jurisdiction (:place, -1 for none), then
	// names starting with the words; served by person_name_trgm_idx. The limit applies
	// before the join, so only the matches shown look up their place.
	@Query(value = """
			select m.slug as slug, m.name as name, m.current_title as "currentTitle", j.name as place from (
			    select p.slug, p.name, p.current_title, p.jurisdiction_id, p.id,
			           (p.slug = :slug or lower(p.name) = :exact) as exact,
			           coalesce(p.jurisdiction_id = :place, false) as local, (p.name ilike :prefix) as prefix
			    from person p where p.name ilike :contains or p.slug = :slug
			    order by exact desc, local desc, prefix desc, p.name, p.id limit :max) m
			left join jurisdiction j on j.id = m.jurisdiction_id
			order by m.exact desc, m.local desc, m.prefix desc, m.name, m.id""", nativeQuery = true)
	List<PersonChoice> findChoices(String exact, String prefix, String contains, String slug, long place, int max);

	// Someone on record under this name, however it is accented, cased or punctuated
	// (the search key, V65, served by person_search_key_trgm_idx).
	@Query(value = "select p.slug from person p where p.search_key = search_name(:name) order by p.id limit 1",
			nativeQuery = true)
	Optional<String> findSlugNamed(String name);

	// An empty speaker picker's offer: who serves the jurisdiction, then who spoke about
	// it, by name; each side read through its jurisdiction_id index and bounded.
	@Query(value = """
			select p.slug as slug, p.name as name, p.current_title as "currentTitle", j.name as place from (
			    (select id, true as local from person where jurisdiction_id = :place order by name, id limit :max)
			    union all
			    (select distinct person_id, false from statement where jurisdiction_id = :place limit 200)) ids
			join person p on p.id = ids.id
			left join jurisdiction j on j.id = p.jurisdiction_id
			group by p.id, p.slug, p.name, p.current_title, j.name
			order by bool_or(ids.local) desc, p.name, p.id
			limit :max""", nativeQuery = true)
	List<PersonChoice> findChoicesIn(long place, int max);

	@Query(value = """
			select p.slug as slug, p.name as name, p.current_title as "currentTitle", j.name as place from person p
			left join jurisdiction j on j.id = p.jurisdiction_id
			where p.slug in (:slugs)""", nativeQuery = true)
	List<PersonChoice> findChoicesBySlug(Collection<String> slugs);

	// The people a statement search's words name (V65, the stored search_key, served by
	// person_search_key_trgm_idx): the words as whole words of the name, in order
	// ("de blasio", "Garcetti"), never a part of one ("ram" is no Rahm). Fewer than three
	// letters have no trigram to look up, and name no one.
	@Query(value = """
			select p.id from person p
			where length(search_name(:words)) >= 3
			  and p.search_key like '%' || search_name(:words) || '%'
			  and ' ' || p.search_key || ' ' like '% ' || search_name(:words) || ' %'
			order by similarity(p.search_key, search_name(:words)) desc, p.id
			limit :max""", nativeQuery = true)
	List<Long> findIdsNamed(String words, int max);

	// The page and the form show the terms with their places and sources: one query.
	@Query("""
			select p from Person p left join fetch p.jurisdiction left join fetch p.partySource
			left join fetch p.terms t left join fetch t.jurisdiction left join fetch t.source
			where p.slug = :slug""")
	Optional<Person> findDetailBySlug(String slug);

	@Query("""
			select p from Person p left join fetch p.jurisdiction left join fetch p.partySource
			left join fetch p.terms t left join fetch t.jurisdiction left join fetch t.source
			where p.id = :id""")
	Optional<Person> findDetailById(long id);

	// Native, as the jurisdictions' and sources' counts of dependents: statements depend
	// on people, so the person feature does not name the Statement entity.
	@Query(value = "select count(*) from statement where person_id = :id", nativeQuery = true)
	long countStatements(long id);

}
