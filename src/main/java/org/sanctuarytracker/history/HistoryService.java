package org.sanctuarytracker.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.sanctuarytracker.designation.Designation;
import org.sanctuarytracker.funding.FundingExposure;
import org.sanctuarytracker.indicator.Indicator;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.policy.Policy;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.statement.Statement;
import org.sanctuarytracker.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision history: recent changes across the site, a record's or a jurisdiction's
 * history with field-by-field differences, and who changed a record last.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

	private static final Map<RecordType, Class<?>> ENTITIES = Map.of(RecordType.JURISDICTION, Jurisdiction.class,
			RecordType.POLICY, Policy.class, RecordType.STATEMENT, Statement.class, RecordType.FUNDING,
			FundingExposure.class, RecordType.INDICATOR, Indicator.class, RecordType.DESIGNATION, Designation.class,
			RecordType.PERSON, Person.class, RecordType.SOURCE, Source.class);

	private final ChangeLog log;

	private final EntityManager entityManager;

	HistoryService(ChangeLog log, EntityManager entityManager) {
		this.log = log;
		this.entityManager = entityManager;
	}

	/** Recent changes across the site, newest first, without field differences. */
	public Page<Change> changes(ChangeFilter filter) {
		ChangeLog.Page page = this.log.find(filter);
		return new PageImpl<>(page.changes(), PageRequest.of(filter.pageNumber() - 1, filter.pageSize()), page.total());
	}

	/**
	 * A jurisdiction's changes and those of everything attached to it, with differences.
	 */
	public Page<Change> jurisdictionHistory(String slug, ChangeFilter filter) {
		Page<Change> page = changes(filter);
		List<Change> withFields = page.getContent().stream().map(this::withFields).toList();
		return new PageImpl<>(withFields, page.getPageable(), page.getTotalElements());
	}

	/**
	 * One page of the changes to one record, newest first, with differences. Each
	 * change's difference costs a query or two, so pages stay short.
	 */
	public Page<Change> recordHistory(RecordType type, long id, int page, int size) {
		ChangeLog.Page changes = this.log.forRecord(type, id, page, size);
		if (changes.total() == 0) {
			throw new NotFoundException(type.path(), id);
		}
		List<Change> withFields = changes.changes().stream().map(this::withFields).toList();
		return new PageImpl<>(withFields, PageRequest.of(page - 1, size), changes.total());
	}

	/** A record's name as its history last knew it. */
	public String label(RecordType type, long id) {
		return this.log.label(type, id).orElseThrow(() -> new NotFoundException(type.path(), id));
	}

	public long idBySlug(RecordType type, String slug) {
		return this.log.idBySlug(type, slug).orElseThrow(() -> new NotFoundException(type.path(), slug));
	}

	/**
	 * The newest change to a jurisdiction or anything attached to it: "last changed on …
	 * by …".
	 */
	public Optional<Change> lastChange(long jurisdictionId) {
		return this.log.latestFor(jurisdictionId);
	}

	/**
	 * The revision that last changed a record: who saved the version another editor ran
	 * into.
	 */
	public Revision lastRevision(Class<?> type, long id) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		List<Number> revisions = reader.getRevisions(type, id);
		return revisions.isEmpty() ? null : reader.findRevision(Revision.class, revisions.get(revisions.size() - 1));
	}

	private Change withFields(Change change) {
		Class<?> entity = ENTITIES.get(change.type());
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		@SuppressWarnings("unchecked")
		List<Object[]> versions = reader.createQuery()
			.forRevisionsOfEntity(entity, false, true)
			.add(AuditEntity.id().eq(change.recordId()))
			.add(AuditEntity.revisionNumber().le(change.revision()))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(2)
			.getResultList();
		Object after = versions.isEmpty() ? null : versions.get(0)[0];
		Object before = (versions.size() > 1) ? versions.get(1)[0] : null;
		boolean deleted = change.kind() == 2;
		return change.withFields(Snapshots.diff(Snapshots.of(before), deleted ? Map.of() : Snapshots.of(after)));
	}

}
