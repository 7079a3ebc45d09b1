package org.sanctuarytracker.jurisdiction;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.EditableRecords;
import org.sanctuarytracker.editing.RecordSaves;
import org.sanctuarytracker.history.EditSummary;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.source.SourceService;
import org.sanctuarytracker.system.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding and listing jurisdictions; other features reach jurisdictions through here.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JurisdictionService implements EditableRecords<Jurisdiction, JurisdictionForm> {

	private final JurisdictionRepository jurisdictions;

	private final SourceService sources;

	@Override
	public Jurisdiction get(long id) {
		return this.jurisdictions.findDetail(id).orElseThrow(() -> new NotFoundException("jurisdiction", id));
	}

	@Transactional
	@Override
	public Jurisdiction create(JurisdictionForm form) {
		EditSummary.set(form.getEditSummary());
		return this.jurisdictions.saveAndFlush(filled(null, form, parentOf(form), this.sources.cited(form)));
	}

	@Transactional
	@Override
	public Jurisdiction update(long id, JurisdictionForm form) {
		Jurisdiction jurisdiction = RecordSaves.editing(get(id), form, "jurisdiction");
		return this.jurisdictions.saveAndFlush(filled(jurisdiction, form, parentOf(form), this.sources.cited(form)));
	}

	@Transactional
	@Override
	public void delete(long id, DeleteForm form) {
		RecordSaves.delete(this.jurisdictions, get(id), form, "jurisdiction");
	}

	/**
	 * The first people who serve or served in a jurisdiction, by name: slug and name of
	 * each, at most {@code max}.
	 */
	List<PersonNamed> peopleIn(Jurisdiction jurisdiction, int max) {
		return this.jurisdictions.findPeopleIn(jurisdiction.getId(), max);
	}

	/**
	 * The records that depend on a jurisdiction, by kind (statements, policies, ...),
	 * zero counts left out.
	 */
	public Map<String, Long> dependents(Jurisdiction jurisdiction) {
		return this.jurisdictions.countDependents(jurisdiction.getId()).nonZero();
	}

	/**
	 * The jurisdiction the form describes, under the parent, its assessment citing the
	 * sources (the records the form names, found already): a new one, or
	 * {@code jurisdiction} changed. The page's save and the import both make one so.
	 */
	public Jurisdiction filled(Jurisdiction jurisdiction, JurisdictionForm form, Jurisdiction parent,
			Collection<Source> statusSources) {
		Jurisdiction filled = (jurisdiction != null) ? jurisdiction
				: new Jurisdiction(form.getKind(), form.getName(), form.slugOrFromName(), form.getStateCode());
		filled.identify(form.getKind(), form.getName(), form.slugOrFromName(), form.getStateCode());
		filled.setParent(parent);
		filled.setGeoid(form.getGeoid());
		filled.setOcdId(form.getOcdId());
		filled.setPopulation(form.getPopulation(), form.getPopulationYear());
		filled.setCoordinates(form.getLatitude(), form.getLongitude());
		filled.setSummary(form.getSummary());
		filled.assess(form.getStatus(), form.getStatusRationale(), form.getStatusAsOf());
		filled.citeForStatus(statusSources);
		return filled;
	}

	private Jurisdiction parentOf(JurisdictionForm form) {
		return (form.getParent() != null) ? getBySlug(form.getParent()) : null;
	}

	public java.util.Optional<Jurisdiction> findBySlug(String slug) {
		return this.jurisdictions.findBySlug(slug);
	}

	/**
	 * The jurisdiction a fact's form files it under: the one the form showed, by id,
	 * unless the editor picked another slug.
	 */
	public Jurisdiction chosenIn(JurisdictionFactForm form) {
		if (form.getJurisdictionId() != null
				&& java.util.Objects.equals(form.getJurisdiction(), form.getJurisdictionShown())) {
			return get(form.getJurisdictionId());
		}
		return getBySlug(form.getJurisdiction());
	}

	public Jurisdiction getBySlug(String slug) {
		return this.jurisdictions.findBySlug(slug).orElseThrow(() -> new NotFoundException("jurisdiction", slug));
	}

	public Jurisdiction getProfileHeader(String slug) {
		return this.jurisdictions.findProfileBySlug(slug)
			.orElseThrow(() -> new NotFoundException("jurisdiction", slug));
	}

	public Page<Jurisdiction> children(Jurisdiction parent, Pageable page) {
		return this.jurisdictions.findChildren(parent, page);
	}

	/**
	 * A page of the jurisdictions that match, in one query: the list's filters, built
	 * with {@link JurisdictionSpecifications} and whatever other features add.
	 */
	public Page<Jurisdiction> search(Specification<Jurisdiction> matching, Pageable page) {
		return this.jurisdictions.findAll(matching, page);
	}

	/** Every status with its count, zeros included, in the enum's order. */
	public Map<JurisdictionStatus, Long> countByStatus() {
		Map<JurisdictionStatus, Long> counts = new EnumMap<>(JurisdictionStatus.class);
		for (JurisdictionStatus status : JurisdictionStatus.values()) {
			counts.put(status, 0L);
		}
		this.jurisdictions.countByStatus().forEach((row) -> counts.put(row.status(), row.count()));
		return counts;
	}

	/** How many jurisdictions of each kind there are, and how many an editor assessed. */
	public List<KindCoverage> coverageByKind() {
		return this.jurisdictions.coverageByKind();
	}

	public List<String> stateCodes() {
		return this.jurisdictions.findStateCodes();
	}

	/** The first {@code max} jurisdictions whose status assessment cites the source. */
	public List<Jurisdiction> assessedCiting(Source source, int max) {
		return this.jurisdictions.findAssessedCiting(source, Limit.of(max));
	}

}
