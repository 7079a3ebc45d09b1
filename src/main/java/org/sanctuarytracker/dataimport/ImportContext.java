package org.sanctuarytracker.dataimport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.BaseEntity;

/**
 * What an import looks rows up in: the existing records, each table loaded once (not a
 * query per row), plus the records the file itself creates, so a later row may refer to
 * an earlier one by slug. Import is a data load across features, so it reads and writes
 * through JPA directly rather than through each feature's service.
 */
final class ImportContext {

	/**
	 * How jurisdictions are loaded for an import: with parents and assessment sources, in
	 * one query.
	 */
	static final String JURISDICTION_FETCH = "left join fetch e.parent left join fetch e.statusSources";

	private final EntityManager entityManager;

	private final Map<Class<?>, Map<Long, ?>> byId = new HashMap<>();

	private Map<String, Jurisdiction> jurisdictionsBySlug;

	private Map<String, Jurisdiction> jurisdictionsByGeoid;

	private Map<String, Jurisdiction> jurisdictionsByOcdId;

	private Map<String, Person> peopleBySlug;

	private final Set<String> seen = new HashSet<>();

	ImportContext(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Loads every record of a type once, with the fetch clause the importer needs. */
	@SuppressWarnings("unchecked")
	<T extends BaseEntity> Map<Long, T> all(Class<T> type, String fetch) {
		return (Map<Long, T>) this.byId.computeIfAbsent(type, (key) -> {
			List<T> records = this.entityManager
				.createQuery("select distinct e from " + type.getSimpleName() + " e " + fetch, type)
				.getResultList();
			Map<Long, T> map = new HashMap<>();
			records.forEach((record) -> map.put(record.getId(), record));
			return map;
		});
	}

	Map<String, Jurisdiction> jurisdictionsBySlug() {
		if (this.jurisdictionsBySlug == null) {
			this.jurisdictionsBySlug = index(all(Jurisdiction.class, JURISDICTION_FETCH).values(),
					Jurisdiction::getSlug);
		}
		return this.jurisdictionsBySlug;
	}

	Map<String, Jurisdiction> jurisdictionsByGeoid() {
		if (this.jurisdictionsByGeoid == null) {
			this.jurisdictionsByGeoid = new HashMap<>();
			for (Jurisdiction jurisdiction : all(Jurisdiction.class, JURISDICTION_FETCH).values()) {
				if (jurisdiction.getGeoid() != null) {
					this.jurisdictionsByGeoid.put(jurisdiction.getGeoid(), jurisdiction);
				}
			}
		}
		return this.jurisdictionsByGeoid;
	}

	Map<String, Jurisdiction> jurisdictionsByOcdId() {
		if (this.jurisdictionsByOcdId == null) {
			this.jurisdictionsByOcdId = new HashMap<>();
			for (Jurisdiction jurisdiction : all(Jurisdiction.class, JURISDICTION_FETCH).values()) {
				if (jurisdiction.getOcdId() != null) {
					this.jurisdictionsByOcdId.put(jurisdiction.getOcdId(), jurisdiction);
				}
			}
		}
		return this.jurisdictionsByOcdId;
	}

	Map<String, Person> peopleBySlug() {
		if (this.peopleBySlug == null) {
			this.peopleBySlug = index(all(Person.class, "").values(), Person::getSlug);
		}
		return this.peopleBySlug;
	}

	/**
	 * The jurisdiction a row names by id or by slug (both must agree when both are
	 * given).
	 */
	Jurisdiction jurisdiction(Row row, String idColumn, String slugColumn, boolean required) {
		return reference(row, idColumn, slugColumn, required, all(Jurisdiction.class, JURISDICTION_FETCH),
				jurisdictionsBySlug(), Jurisdiction::getSlug, "jurisdiction");
	}

	Person person(Row row, String idColumn, String slugColumn) {
		return reference(row, idColumn, slugColumn, true, all(Person.class, ""), peopleBySlug(), Person::getSlug,
				"person");
	}

	/** The jurisdictions a row names by id, separated by semicolons; perhaps none. */
	List<Jurisdiction> jurisdictions(Row row, String column) {
		Map<Long, Jurisdiction> jurisdictions = all(Jurisdiction.class, JURISDICTION_FETCH);
		return row.list(column).stream().map((id) -> {
			Jurisdiction jurisdiction = parseId(id).map(jurisdictions::get).orElse(null);
			if (jurisdiction == null) {
				row.reject(column + ": no jurisdiction with id " + id);
			}
			return jurisdiction;
		}).filter(java.util.Objects::nonNull).toList();
	}

	/** The sources a row cites by id; at least one. */
	List<Source> sources(Row row, String column, boolean exactlyOne) {
		Map<Long, Source> sources = all(Source.class, "");
		Set<String> ids = row.list(column);
		if (ids.isEmpty()) {
			row.reject(column + ": cite at least one source");
		}
		if (exactlyOne && ids.size() > 1) {
			row.reject(column + ": exactly one source");
		}
		return ids.stream().map((id) -> {
			Source source = parseId(id).map(sources::get).orElse(null);
			if (source == null) {
				row.reject(column + ": no source with id " + id);
			}
			return source;
		}).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * Records a key (such as a slug) the file uses; false when an earlier row used it
	 * already.
	 */
	boolean firstUse(String key) {
		return this.seen.add(key);
	}

	void created(Jurisdiction jurisdiction) {
		jurisdictionsBySlug().put(jurisdiction.getSlug(), jurisdiction);
	}

	void persist(Object record) {
		this.entityManager.persist(record);
	}

	private static <T> Map<String, T> index(java.util.Collection<T> records, Function<T, String> key) {
		Map<String, T> index = new HashMap<>();
		records.forEach((record) -> index.put(key.apply(record), record));
		return index;
	}

	private static <T> T reference(Row row, String idColumn, String slugColumn, boolean required, Map<Long, T> byId,
			Map<String, T> bySlug, Function<T, String> slugOf, String what) {
		if (row.has(idColumn)) {
			Long id = row.integer(idColumn);
			T record = (id != null) ? byId.get(id) : null;
			if (id != null && record == null) {
				row.reject(idColumn + ": no " + what + " with id " + id);
			}
			if (record != null && row.has(slugColumn) && !slugOf.apply(record).equals(row.text(slugColumn))) {
				row.reject(slugColumn + ": " + what + " " + id + " is " + slugOf.apply(record) + ", not "
						+ row.text(slugColumn));
			}
			return record;
		}
		if (row.has(slugColumn)) {
			T record = bySlug.get(row.text(slugColumn));
			if (record == null) {
				row.reject(slugColumn + ": no " + what + " \"" + row.text(slugColumn) + "\"");
			}
			return record;
		}
		if (required) {
			row.reject(idColumn + ": required (or " + slugColumn + ")");
		}
		return null;
	}

	private static java.util.Optional<Long> parseId(String text) {
		try {
			return java.util.Optional.of(Long.valueOf(text));
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

}
