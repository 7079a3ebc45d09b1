package org.sanctuarytracker.history;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HistoryService {

	private final ChangeLog log;

	private final AuditDiffs diffs;

	private final FieldValues values;

	private final EntityManager entityManager;

	/**
	 * Recent changes across the site, newest first, without field differences. A
	 * jurisdiction filter means the one jurisdiction its slug names (see
	 * {@link #idBySlug}).
	 */
	public Page<Change> changes(ChangeFilter filter) {
		return filtered(filter, (jurisdictionId) -> this.log.find(filter, jurisdictionId));
	}

	/**
	 * Recent changes as the change list shows them: one entry per revision, newest first,
	 * a save's few records listed and an import's thousands counted (see
	 * {@link RevisionChanges}). Filtered as {@link #changes}.
	 */
	public Page<RevisionChanges> revisions(ChangeFilter filter) {
		return filtered(filter, (jurisdictionId) -> this.log.findRevisions(filter, jurisdictionId));
	}

	/** A page by the filter, its jurisdiction's slug resolved to the id first. */
	private <T> Page<T> filtered(ChangeFilter filter, Function<Long, ChangeLog.Found<T>> find) {
		PageRequest request = filter.pageRequest();
		Long jurisdictionId = null;
		if (filter.jurisdiction() != null) {
			Optional<Long> id = this.log.idBySlug(RecordType.JURISDICTION, filter.jurisdiction());
			if (id.isEmpty()) {
				return Page.empty(request);
			}
			jurisdictionId = id.get();
		}
		return find.apply(jurisdictionId).page(request);
	}

	/**
	 * One page of the records a revision changed; empty when there is no such revision.
	 */
	public Page<Change> revisionRecords(long revision, int page, int size) {
		return this.log.forRevision(revision, page, size).page(PageRequest.of(page - 1, size));
	}

	/**
	 * One page of a jurisdiction's changes and those of everything attached to it, newest
	 * first, without field differences (for its feed).
	 */
	public Page<Change> jurisdictionChanges(long id, int page, int size) {
		return this.log.find(ChangeFilter.forJurisdiction(null, page, size), id).page(PageRequest.of(page - 1, size));
	}

	/**
	 * A jurisdiction's changes and those of everything attached to it, with differences:
	 * by its id, so a jurisdiction that later took a freed slug keeps a history of its
	 * own.
	 */
	public Page<Change> jurisdictionHistory(long id, int page, int size) {
		Page<Change> changes = jurisdictionChanges(id, page, size);
		return new PageImpl<>(this.diffs.withFields(changes.getContent()), changes.getPageable(),
				changes.getTotalElements());
	}

	/**
	 * One page of the changes to one record, newest first, with differences. Each
	 * change's difference costs a query or two, so pages stay short.
	 */
	public Page<Change> recordHistory(RecordType type, long id, int page, int size) {
		Page<Change> changes = this.log.forRecord(type, id, page, size).page(PageRequest.of(page - 1, size));
		return new PageImpl<>(this.diffs.withFields(changes.getContent()), changes.getPageable(),
				changes.getTotalElements());
	}

	/**
	 * A record's name as its history last knew it; not found when the record neither
	 * exists nor ever did. History pages ask it first, so they answer 404 for such ids.
	 */
	public String label(RecordType type, long id) {
		String label = this.log.label(type, id).orElseThrow(() -> new NotFoundException(type.path(), id));
		// A figure is named by its measure, which is stored as a code.
		return (type == RecordType.INDICATOR) ? this.values.code(type, "metric", label) : label;
	}

	/**
	 * The record a slug names: the one that has it now, else the last one that had it
	 * (for the history of a record renamed or deleted since).
	 */
	public long idBySlug(RecordType type, String slug) {
		return this.log.idBySlug(type, slug).orElseThrow(() -> new NotFoundException(type.path(), slug));
	}

	/** The slug a jurisdiction or person has now; empty once it is deleted. */
	public Optional<String> currentSlug(RecordType type, long id) {
		return this.log.currentSlug(type, id);
	}

	/**
	 * The newest change to a jurisdiction or anything attached to it: "last changed on …
	 * by …".
	 */
	public Optional<Change> lastChange(long jurisdictionId) {
		return this.log.latestFor(jurisdictionId);
	}

	/** The newest change to a jurisdiction or anything attached, up to a revision. */
	public Optional<Change> lastChange(long jurisdictionId, long revision) {
		return this.log.latestFor(jurisdictionId, revision);
	}

	/** Everyone who made a revision, for the change list's editor filter. */
	/**
	 * Everyone who made a revision, by username, for the change list's editor choices;
	 * empty when there are more than {@code max} (the filter then takes a typed name).
	 */
	public Optional<List<String>> editors(int max) {
		List<String> found = this.log.editors(max + 1);
		return (found.size() > max) ? Optional.empty() : Optional.of(found);
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

	/**
	 * A record as it stood at one of its versions (the newest revision that left it at
	 * that version), converted inside the transaction so its relations can still be read:
	 * the state an editor's form started from.
	 */
	public <T, R> Optional<R> atVersion(Class<T> type, long id, long version, Function<T, R> convert) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		List<?> states = reader.createQuery()
			.forRevisionsOfEntity(type, true, false)
			.add(AuditEntity.id().eq(id))
			.add(AuditEntity.property("version").eq(version))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(1)
			.getResultList();
		return states.stream().findFirst().map(type::cast).map(convert);
	}

}
