package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.persister.entity.EntityPersister;
import org.sanctuarytracker.history.CreatedInBulk;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.system.BaseEntity;

/**
 * The jurisdictions a chunk of an import creates, written in one statement when the chunk
 * is written, and recorded in the history as created in the import's revision.
 * <p>
 * Why not {@code persist()}: a file of 25,000 new places made Hibernate insert them one
 * entity at a time (batched, but each row planned, stamped, dirty-checked and given an
 * Envers work unit), while the readers of a busy site kept the two processors; the commit
 * took 21 s against 6 s alone. One {@code insert … select from unnest(…)} per chunk, and
 * one copy of the rows into the audit table at commit, leave PostgreSQL the index work
 * and little else. Ids come from Hibernate's own generator for the entity (the table's
 * pooled sequence), so they never collide with records saved meanwhile; the rows are the
 * ones {@code persist()} would write: version 0, created and updated now.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class NewJurisdictions {

	/**
	 * Each column, its type (its values travel as text, which PostgreSQL casts to it),
	 * and how to read it from the entity.
	 */
	private record Column(String name, String type, Function<Jurisdiction, Object> value) {
	}

	private static final List<Column> COLUMNS = List.of(new Column("id", "bigint", Jurisdiction::getId),
			new Column("kind", "text", (j) -> j.getKind().name()), new Column("name", "text", Jurisdiction::getName),
			new Column("slug", "text", Jurisdiction::getSlug),
			new Column("state_code", "text", Jurisdiction::getStateCode),
			new Column("parent_id", "bigint", (j) -> (j.getParent() != null) ? j.getParent().getId() : null),
			new Column("geoid", "text", Jurisdiction::getGeoid), new Column("ocd_id", "text", Jurisdiction::getOcdId),
			new Column("population", "bigint", Jurisdiction::getPopulation),
			new Column("population_year", "integer", Jurisdiction::getPopulationYear),
			new Column("latitude", "numeric", Jurisdiction::getLatitude),
			new Column("longitude", "numeric", Jurisdiction::getLongitude),
			new Column("summary", "text", Jurisdiction::getSummary),
			new Column("status", "text", (j) -> j.getStatus().name()),
			new Column("status_rationale", "text", Jurisdiction::getStatusRationale),
			new Column("status_as_of", "date",
					(j) -> (j.getStatusAsOf() != null) ? j.getStatusAsOf().date().toString() : null),
			new Column("status_as_of_precision", "text",
					(j) -> (j.getStatusAsOf() != null) ? j.getStatusAsOf().precision().name() : null));

	private static final String INSERT = insert();

	private final EntityManager entityManager;

	private final CreatedInBulk history;

	private final Set<Jurisdiction> pending = Collections.newSetFromMap(new IdentityHashMap<>());

	/**
	 * Gives the new jurisdiction its id now (so rows after it may name it as their
	 * parent) and writes it with the rest of the chunk.
	 */
	void add(Jurisdiction jurisdiction) {
		SharedSessionContractImplementor session = this.entityManager.unwrap(SharedSessionContractImplementor.class);
		EntityPersister persister = session.getEntityPersister(null, jurisdiction);
		Object id = ((BeforeExecutionGenerator) persister.getGenerator()).generate(session, jurisdiction, null,
				EventType.INSERT);
		persister.setIdentifier(jurisdiction, id, session);
		this.pending.add(jurisdiction);
	}

	/**
	 * Whether the jurisdiction is one of the chunk's new ones, not yet written: the
	 * persistence context does not know it, so a record naming it as parent names it by
	 * reference.
	 */
	boolean isPending(Jurisdiction jurisdiction) {
		return this.pending.contains(jurisdiction);
	}

	/**
	 * Writes the chunk's new jurisdictions; before the chunk's other changes are flushed.
	 */
	void write() {
		if (this.pending.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
		this.entityManager.unwrap(SharedSessionContractImplementor.class).doWork((connection) -> {
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				// created_at and updated_at come first in the statement, then the arrays.
				insert.setTimestamp(1, now);
				insert.setTimestamp(2, now);
				int index = 3;
				for (Column column : COLUMNS) {
					insert.setArray(index++, array(connection, column));
				}
				insert.executeUpdate();
			}
		});
		this.history.created("jurisdiction", this.pending.stream().map(BaseEntity::getId).toList());
		this.pending.clear();
	}

	private Array array(Connection connection, Column column) throws SQLException {
		Object[] values = this.pending.stream().map(column.value()).map(NewJurisdictions::text).toArray();
		return connection.createArrayOf("text", values);
	}

	/**
	 * Every value travels as text and is cast by PostgreSQL to its column's type. The
	 * arrays are read from the same set in the same order, so their rows line up.
	 */
	private static String text(Object value) {
		return (value instanceof BigDecimal decimal) ? decimal.toPlainString() : Objects.toString(value, null);
	}

	private static String insert() {
		StringBuilder names = new StringBuilder();
		StringBuilder arrays = new StringBuilder();
		StringBuilder values = new StringBuilder();
		for (Column column : COLUMNS) {
			String separator = names.isEmpty() ? "" : ", ";
			names.append(separator).append(column.name());
			arrays.append(separator).append("?::text[]");
			values.append(separator).append("u.").append(column.name()).append("::").append(column.type());
		}
		return "insert into jurisdiction (" + names + ", created_at, updated_at, version) select " + values
				+ ", ?, ?, 0 from unnest(" + arrays + ") as u(" + names + ")";
	}

}
