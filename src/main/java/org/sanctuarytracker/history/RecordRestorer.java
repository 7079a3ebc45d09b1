package org.sanctuarytracker.history;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.sanctuarytracker.system.BadRequestException;
import org.sanctuarytracker.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a deleted record back as it stood at one of its revisions, with the same id (so
 * its pages, links and history carry on), the rows it owned then (citations, provisions,
 * terms), and a new revision saying so. Works on any type the history knows from the
 * audit tables alone, as the history's differences do: the restored row is copied from
 * its audit row, then recorded in the audit tables like any save.
 * <p>
 * The database decides whether the version still fits: a jurisdiction, person or source
 * it refers to that is gone, or a slug another record took meanwhile, fails the insert,
 * and the restore is refused with the reason ({@link RestoreRefusedException}), nothing
 * written.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordRestorer {

	private static final int CREATED = 0;

	private static final int DELETED = 2;

	private final EntityManager entityManager;

	private final AuditedColumns columns;

	/**
	 * Restores the record of this type and id as it stood at the revision, recorded as a
	 * new revision with the summary given (which should say which revision and why).
	 * @return the new revision's number
	 * @throws NotFoundException when the record never had that revision
	 * @throws BadRequestException when the revision deleted it (nothing to restore)
	 * @throws RestoreRefusedException when it exists now or would break a rule
	 */
	public long restore(RecordType type, long id, long revision, String summary) {
		Number kind = versionKind(type, id, revision);
		if (kind.intValue() == DELETED) {
			throw new BadRequestException("restore.deletedThen", revision);
		}
		if (exists(type.table(), id)) {
			throw new RestoreRefusedException("restore.refused.exists");
		}
		EditSummary.set(summary);
		long restoredIn = newRevision();
		try {
			copyBack(type.table(), "id", id, revision, restoredIn);
			for (RecordType.Owned owned : type.owned()) {
				copyBack(owned.table(), owned.ownerColumn(), id, revision, restoredIn);
			}
			// Deferred rules (a fact must cite a source) are checked now, not at commit,
			// so that a refusal is a refusal and not a failed commit.
			this.entityManager.createNativeQuery("set constraints all immediate").executeUpdate();
		}
		catch (RuntimeException ex) {
			throw refusal(ex);
		}
		return restoredIn;
	}

	private Number versionKind(RecordType type, long id, long revision) {
		List<?> kinds = this.entityManager
			.createNativeQuery("select revtype from " + type.auditTable() + " where id = :id and rev = :rev")
			.setParameter("id", id)
			.setParameter("rev", revision)
			.getResultList();
		if (kinds.isEmpty()) {
			throw new NotFoundException(type.path() + " revision", revision);
		}
		return (Number) kinds.get(0);
	}

	private boolean exists(String table, long id) {
		return !this.entityManager.createNativeQuery("select 1 from " + table + " where id = :id")
			.setParameter("id", id)
			.getResultList()
			.isEmpty();
	}

	/**
	 * The revision this restore is recorded in, made now (stamped with the editor and the
	 * summary by RevisionStamp) so that its number can be written into the audit rows.
	 */
	private long newRevision() {
		Revision revision = AuditReaderFactory.get(this.entityManager).getCurrentRevision(Revision.class, true);
		this.entityManager.flush();
		return revision.getId();
	}

	/**
	 * Writes back the rows of a table that belonged to the record at the revision (its
	 * own row, or those it owned: the audit rows that were its state then), and records
	 * them in the audit table as created in the new revision.
	 */
	private void copyBack(String table, String ownerColumn, long id, long revision, long restoredIn) {
		String audit = table + "_aud";
		List<String> names = this.columns.of(table);
		String list = String.join(", ", names);
		String values = names.stream()
			.map((name) -> "updated_at".equals(name) ? "now()" : name)
			.collect(Collectors.joining(", "));
		this.entityManager
			.createNativeQuery("insert into " + table + " (" + list + ") select " + values + " from " + audit
					+ " where " + ownerColumn + " = :id and rev <= :rev and (revend is null or revend > :rev)"
					+ " and revtype <> " + DELETED)
			.setParameter("id", id)
			.setParameter("rev", revision)
			.executeUpdate();
		this.entityManager
			.createNativeQuery("insert into " + audit + " (" + list + ", rev, revtype) select " + list
					+ ", :restoredIn, " + CREATED + " from " + table + " where " + ownerColumn + " = :id")
			.setParameter("id", id)
			.setParameter("restoredIn", restoredIn)
			.executeUpdate();
	}

	/**
	 * Why the database refused: the rule it named, in words (a unique value another
	 * record has, a record referred to that is gone, a fact left without a source).
	 */
	private static RuntimeException refusal(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation) {
				return new RestoreRefusedException(reasonOf(violation.getConstraintName(), violation.getSQLState()));
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
				return new RestoreRefusedException(reasonOf(null, sql.getSQLState()));
			}
		}
		return ex;
	}

	static String reasonOf(String constraint, String sqlState) {
		String name = (constraint != null) ? constraint : "";
		if ("23505".equals(sqlState)) {
			return "restore.refused.taken";
		}
		if (name.endsWith("_requires_source") || name.contains("source_id")) {
			return "restore.refused.source";
		}
		if (name.contains("parent_id")) {
			return "restore.refused.parent";
		}
		if (name.contains("person_id")) {
			return "restore.refused.person";
		}
		if (name.contains("jurisdiction_id")) {
			return "restore.refused.jurisdiction";
		}
		return "restore.refused.other";
	}

}
