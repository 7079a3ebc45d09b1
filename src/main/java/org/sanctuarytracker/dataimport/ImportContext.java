package org.sanctuarytracker.dataimport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.sanctuarytracker.history.CreatedInBulk;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.BaseEntity;
import org.sanctuarytracker.system.Slugs;

/**
 * What an import looks rows up in: the existing records the file names, plus the records
 * the file itself creates, so a later row may refer to an earlier one by slug. The file
 * is planned a chunk of rows at a time; the first time a chunk asks for a kind of record
 * (jurisdictions by id, people by slug, sources by id, ...), every key of that kind the
 * chunk's rows hold is looked up in one query. So the queries grow with the file, a few
 * per chunk, never with the database, and never one per row; and only the records the
 * file names are loaded. At the end of a chunk the loaded records are let go (the
 * persistence context is cleared), so a file of any length holds one chunk's records. The
 * records a row names are looked up here, a chunk at a time, rather than one by one by
 * each feature's service; the record itself is made from its form by its feature's
 * service ({@code filled}), as the page's save makes it, and persisted here, a chunk at a
 * time.
 */
final class ImportContext {

	/**
	 * How jurisdictions are loaded for an import: with parents and assessment sources, in
	 * one query.
	 */
	static final String JURISDICTION_FETCH = "left join fetch e.parent left join fetch e.statusSources";

	/**
	 * Keys per query. Few enough that the planner looks them up by index: with 500 slugs
	 * among 47,000 jurisdictions it chose a sequential scan (58 ms against 1.5 ms by the
	 * slug index, once per chunk of the file); with 100 it uses the index even on a table
	 * of a few thousand rows.
	 */
	static final int KEYS_PER_QUERY = 100;

	private static final List<String> JURISDICTION_ID_COLUMNS = List.of("jurisdiction_id", "parent_id", "target_ids");

	private static final List<String> JURISDICTION_SLUG_COLUMNS = List.of("jurisdiction_slug", "parent_slug", "slug");

	private static final List<String> SOURCE_ID_COLUMNS = List.of("source_id", "source_ids");

	private final EntityManager entityManager;

	/** Terms are changed through their person, so a terms file loads people with them. */
	private final String personFetch;

	private List<Row> chunk = List.of();

	private final Map<Class<?>, Map<Long, Object>> byId = new HashMap<>();

	private final Map<Class<?>, Set<Long>> idsLookedUp = new HashMap<>();

	private final Map<String, Map<String, Jurisdiction>> jurisdictionsByKey = new HashMap<>();

	private final Map<String, Set<String>> jurisdictionKeysLookedUp = new HashMap<>();

	private final Map<String, Person> peopleBySlug = new HashMap<>();

	private final Set<String> personSlugsLookedUp = new HashSet<>();

	/** Jurisdictions the file creates, by slug, until they are written. */
	private final Map<String, Jurisdiction> createdBySlug = new HashMap<>();

	private final Set<String> seen = new HashSet<>();

	private long queries;

	private final NewJurisdictions newJurisdictions;

	ImportContext(EntityManager entityManager, CreatedInBulk history, String table) {
		this.entityManager = entityManager;
		this.newJurisdictions = new NewJurisdictions(entityManager, history);
		this.personFetch = "person_terms".equals(table) ? "left join fetch e.terms" : "";
	}

	/** The rows planned next; their keys are looked up together. */
	void startChunk(List<Row> rows) {
		this.chunk = rows;
	}

	/**
	 * Lets the chunk's records go. Once a chunk is written, the records it created are
	 * found in the database like any other.
	 */
	void endChunk(boolean written) {
		this.chunk = List.of();
		this.byId.clear();
		this.idsLookedUp.clear();
		this.jurisdictionsByKey.clear();
		this.jurisdictionKeysLookedUp.clear();
		this.peopleBySlug.clear();
		this.personSlugsLookedUp.clear();
		if (written) {
			this.createdBySlug.clear();
		}
		this.entityManager.clear();
	}

	/** How many queries the lookups have made (what the tests bound). */
	long queries() {
		return this.queries;
	}

	/**
	 * The record a row updates, by its id column; null for a new record. A file naming
	 * the same record twice is refused: the second row would be planned against the first
	 * one's result at commit but not in the dry run.
	 */
	<T extends BaseEntity> T record(Row row, Long id, Class<T> type, String fetch) {
		if (id == null) {
			return null;
		}
		if (!firstUse(type.getSimpleName() + ":id:" + id)) {
			row.reject("id", "import.problem.twiceInFile", String.valueOf(id));
		}
		return byId(type, fetch, id, List.of("id"));
	}

	/**
	 * The jurisdiction a row names by id or by slug (both must agree when both are
	 * given).
	 */
	Jurisdiction jurisdiction(Row row, String idColumn, String slugColumn, boolean required) {
		return reference(row, idColumn, slugColumn, required, this::jurisdictionById, this::jurisdictionBySlug,
				Jurisdiction::getSlug, "jurisdiction");
	}

	Person person(Row row, String idColumn, String slugColumn) {
		return reference(row, idColumn, slugColumn, true,
				(id) -> byId(Person.class, this.personFetch, id, List.of("person_id")), this::personBySlug,
				Person::getSlug, "person");
	}

	/** The jurisdictions a row names by id, separated by semicolons; perhaps none. */
	List<Jurisdiction> jurisdictions(Row row, String column) {
		return row.list(column).stream().map((id) -> {
			Jurisdiction jurisdiction = parseId(id).map(this::jurisdictionById).orElse(null);
			if (jurisdiction == null) {
				row.reject(column, "import.problem.noSuch.jurisdiction.id", String.valueOf(id));
			}
			return jurisdiction;
		}).filter(Objects::nonNull).toList();
	}

	/**
	 * The sources a row cites by id, each one known; how many it must cite is its form's
	 * rule.
	 */
	List<Source> sources(Row row, String column) {
		return row.list(column).stream().map((id) -> {
			Source source = parseId(id).map((key) -> byId(Source.class, "", key, SOURCE_ID_COLUMNS)).orElse(null);
			if (source == null) {
				row.reject(column, "import.problem.noSuch.source.id", String.valueOf(id));
			}
			return source;
		}).filter(Objects::nonNull).toList();
	}

	/** The jurisdiction that holds a slug: stored, or created by an earlier row. */
	Jurisdiction jurisdictionBySlug(String slug) {
		Jurisdiction stored = jurisdictionByKey("slug", slug);
		return (stored != null) ? stored : this.createdBySlug.get(slug);
	}

	Jurisdiction jurisdictionByGeoid(String geoid) {
		return jurisdictionByKey("geoid", geoid);
	}

	Jurisdiction jurisdictionByOcdId(String ocdId) {
		return jurisdictionByKey("ocdId", ocdId);
	}

	/**
	 * Records a key (such as a slug) the file uses; false when an earlier row used it
	 * already.
	 */
	boolean firstUse(String key) {
		return this.seen.add(key);
	}

	void created(Jurisdiction jurisdiction) {
		this.createdBySlug.put(jurisdiction.getSlug(), jurisdiction);
	}

	void persist(Object record) {
		this.entityManager.persist(record);
	}

	/** Inserts a new jurisdiction with the rest of the chunk's new ones (set-based). */
	void insert(Jurisdiction jurisdiction) {
		this.newJurisdictions.add(jurisdiction);
	}

	/**
	 * The jurisdiction as a record being saved may refer to it: by reference when it is
	 * one of the chunk's new ones, which the persistence context does not know.
	 */
	Jurisdiction attached(Jurisdiction jurisdiction) {
		if (jurisdiction != null && this.newJurisdictions.isPending(jurisdiction)) {
			return this.entityManager.getReference(Jurisdiction.class, jurisdiction.getId());
		}
		return jurisdiction;
	}

	/** Writes the chunk's changes: its new jurisdictions first, then what it changed. */
	void write() {
		this.newJurisdictions.write();
		this.entityManager.flush();
	}

	private Jurisdiction jurisdictionById(Long id) {
		return byId(Jurisdiction.class, JURISDICTION_FETCH, id, JURISDICTION_ID_COLUMNS);
	}

	/**
	 * A record by id. On the first miss of a kind, the ids of every row of the chunk in
	 * these columns are loaded together; an id asked for again is answered from memory,
	 * found or not.
	 */
	@SuppressWarnings("unchecked")
	private <T> T byId(Class<T> type, String fetch, Long id, List<String> columns) {
		Map<Long, Object> loaded = this.byId.computeIfAbsent(type, (key) -> new HashMap<>());
		Set<Long> lookedUp = this.idsLookedUp.computeIfAbsent(type, (key) -> new HashSet<>());
		if (!lookedUp.contains(id)) {
			Set<Long> ids = new LinkedHashSet<>();
			ids.add(id);
			for (Row row : this.chunk) {
				for (String column : columns) {
					for (String value : row.list(column)) {
						parseId(value).ifPresent(ids::add);
					}
				}
			}
			ids.removeAll(lookedUp);
			String query = "select distinct e from " + type.getSimpleName() + " e " + fetch + " where e.id in :keys";
			for (T record : load(type, query, ids)) {
				loaded.put(((BaseEntity) record).getId(), record);
			}
			lookedUp.addAll(ids);
		}
		return (T) loaded.get(id);
	}

	private Jurisdiction jurisdictionByKey(String attribute, String key) {
		if (key == null) {
			return null;
		}
		Map<String, Jurisdiction> loaded = this.jurisdictionsByKey.computeIfAbsent(attribute, (a) -> new HashMap<>());
		Set<String> lookedUp = this.jurisdictionKeysLookedUp.computeIfAbsent(attribute, (a) -> new HashSet<>());
		if (!lookedUp.contains(key)) {
			Set<String> keys = new LinkedHashSet<>();
			keys.add(key);
			for (Row row : this.chunk) {
				keys.addAll(jurisdictionKeys(row, attribute));
			}
			keys.removeAll(lookedUp);
			Function<Jurisdiction, String> keyOf = switch (attribute) {
				case "slug" -> Jurisdiction::getSlug;
				case "geoid" -> Jurisdiction::getGeoid;
				default -> Jurisdiction::getOcdId;
			};
			List<Long> held = idsHolding(attribute, keys);
			if (!held.isEmpty()) {
				String query = "select distinct e from Jurisdiction e " + JURISDICTION_FETCH + " where e.id in :keys";
				for (Jurisdiction jurisdiction : load(Jurisdiction.class, query, held)) {
					loaded.put(keyOf.apply(jurisdiction), jurisdiction);
				}
			}
			lookedUp.addAll(keys);
		}
		return loaded.get(key);
	}

	/**
	 * The ids of the jurisdictions that hold any of these keys, in one query by the key's
	 * unique index. A file of new places names keys nobody holds: this finds none, and no
	 * record is loaded (the query with the loading joins, 100 keys at a time, had cost
	 * the commit of 25,000 new places 250 queries).
	 */
	@SuppressWarnings("unchecked")
	private List<Long> idsHolding(String attribute, Collection<String> keys) {
		String column = switch (attribute) {
			case "slug" -> "slug";
			case "geoid" -> "geoid";
			default -> "ocd_id";
		};
		this.queries++;
		List<Number> ids = this.entityManager
			.createNativeQuery("select id from jurisdiction where " + column + " = any(cast(:keys as text[]))")
			.setParameter("keys", keys.toArray(String[]::new))
			.getResultList();
		return ids.stream().map(Number::longValue).toList();
	}

	/**
	 * The keys of a kind a row may ask for: as written, and the slug a new jurisdiction
	 * gets from its name.
	 */
	private static Collection<String> jurisdictionKeys(Row row, String attribute) {
		List<String> keys = new ArrayList<>();
		switch (attribute) {
			case "slug" -> {
				for (String column : JURISDICTION_SLUG_COLUMNS) {
					keys.add(row.text(column));
				}
				if (!row.has("slug") && row.has("name")) {
					keys.add(Slugs.of(row.text("name")));
				}
			}
			case "geoid" -> keys.add(row.text("geoid"));
			default -> keys.add(row.text("ocd_id"));
		}
		keys.removeIf(Objects::isNull);
		return keys;
	}

	private Person personBySlug(String slug) {
		if (!this.personSlugsLookedUp.contains(slug)) {
			Set<String> slugs = new LinkedHashSet<>();
			slugs.add(slug);
			for (Row row : this.chunk) {
				if (row.has("person_slug")) {
					slugs.add(row.text("person_slug"));
				}
			}
			slugs.removeAll(this.personSlugsLookedUp);
			for (Person person : load(Person.class,
					"select distinct e from Person e " + this.personFetch + " where e.slug in :keys", slugs)) {
				this.peopleBySlug.put(person.getSlug(), person);
			}
			this.personSlugsLookedUp.addAll(slugs);
		}
		return this.peopleBySlug.get(slug);
	}

	private <T, K> List<T> load(Class<T> type, String query, Collection<K> keys) {
		List<K> all = new ArrayList<>(keys);
		List<T> records = new ArrayList<>();
		for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
			List<K> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
			records.addAll(this.entityManager.createQuery(query, type).setParameter("keys", part).getResultList());
			this.queries++;
		}
		return records;
	}

	private static <T> T reference(Row row, String idColumn, String slugColumn, boolean required,
			Function<Long, T> byId, Function<String, T> bySlug, Function<T, String> slugOf, String kind) {
		if (row.has(idColumn)) {
			Long id = row.integer(idColumn);
			T record = (id != null) ? byId.apply(id) : null;
			if (id != null && record == null) {
				row.reject(idColumn, "import.problem.noSuch." + kind + ".id", String.valueOf(id));
			}
			if (record != null && row.has(slugColumn) && !slugOf.apply(record).equals(row.text(slugColumn))) {
				row.reject(slugColumn, "import.problem.slugMismatch", String.valueOf(id), slugOf.apply(record),
						row.text(slugColumn));
			}
			return record;
		}
		if (row.has(slugColumn)) {
			T record = bySlug.apply(row.text(slugColumn));
			if (record == null) {
				row.reject(slugColumn, "import.problem.noSuch." + kind + ".slug", row.text(slugColumn));
			}
			return record;
		}
		if (required && !(row.keepsAbsent(idColumn) && row.keepsAbsent(slugColumn))) {
			row.reject(idColumn, "import.problem.requiredOr", slugColumn);
		}
		return null;
	}

	private static Optional<Long> parseId(String text) {
		try {
			return Optional.of(Long.valueOf(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
