package org.sanctuarytracker.history;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
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

	private final ChangeLog log;

	private final AuditDiffs diffs;

	private final EntityManager entityManager;

	HistoryService(ChangeLog log, AuditDiffs diffs, EntityManager entityManager) {
		this.log = log;
		this.diffs = diffs;
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
		return new PageImpl<>(this.diffs.withFields(page.getContent()), page.getPageable(), page.getTotalElements());
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
		return new PageImpl<>(this.diffs.withFields(changes.changes()), PageRequest.of(page - 1, size),
				changes.total());
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

	/** The newest change to a jurisdiction or anything attached, up to a revision. */
	public Optional<Change> lastChange(long jurisdictionId, long revision) {
		return this.log.latestFor(jurisdictionId, revision);
	}

	/** Everyone who made a revision, for the change list's editor filter. */
	public List<String> editors() {
		return this.log.editors();
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

}
