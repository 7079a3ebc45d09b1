package org.sanctuarytracker.jurisdiction;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sanctuarytracker.source.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The reads every cited fact's repository answers (funding, figures, designations): one
 * fact with its jurisdiction and sources, a page of a jurisdiction's facts, the facts
 * that cite a source. Each fact's own repository declares the two lists again with the
 * order its pages read them in.
 *
 * @param <E> the fact
 */
@NoRepositoryBean
public interface CitedFactRepository<E extends CitedFact> extends JpaRepository<E, Long> {

	@Query("""
			select f from #{#entityName} f
			join fetch f.jurisdiction
			left join fetch f.sources
			where f.id = :id""")
	Optional<E> findDetail(long id);

	/** The ids of one page of the jurisdiction's facts, in its profile's order. */
	Page<Long> findIdsFor(Jurisdiction jurisdiction, Pageable page);

	@Query("select distinct f from #{#entityName} f left join fetch f.sources where f.id in :ids")
	List<E> findWithSources(Collection<Long> ids);

	/**
	 * The first facts that cite the source, with their jurisdictions, in the same order.
	 */
	List<E> findCiting(Source source, Limit limit);

}
