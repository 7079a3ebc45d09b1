package org.sanctuarytracker.jurisdiction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TestDatabaseConfiguration;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries of {@link JurisdictionRepository} that hold logic, on Spring Boot's JPA
 * slice ({@code @DataJpaTest}): the schema from the Flyway migrations on the suite's
 * throwaway PostgreSQL (never H2), JPA and the repositories, no web layer, no services;
 * each test's rows are rolled back. The census reference jurisdictions the migrations
 * load are there, so the tests look at rows of their own only (names with a word no place
 * has).
 */
// The same migrations as the full-stack tests (the demo dataset's included), which share
// the JVM's throwaway database: whichever context starts first migrates it, and the other
// finds every migration it knows applied.
@DataJpaTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/demo")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class JurisdictionRepositoryTests {

	@Autowired
	JurisdictionRepository jurisdictions;

	@Autowired
	EntityManager entityManager;

	/** A word no census name has, so only this test's rows match it. */
	private final String word = "Qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

	private Jurisdiction save(JurisdictionKind kind, String name, Long population) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		Jurisdiction jurisdiction = new Jurisdiction(kind, name, slug, "IL");
		if (population != null) {
			jurisdiction.setPopulation(population, 2020);
		}
		return this.jurisdictions.save(jurisdiction);
	}

	private List<String> choiceSlugs(String words, String slug, int max) {
		this.entityManager.flush();
		return this.jurisdictions.findChoices(words, slug, max).stream().map(JurisdictionChoice::getSlug).toList();
	}

	@Test
	void shouldOfferTheExactNameFirstThenNamesStartingWithTheWordsThenTheBiggestPlaces() {
		save(JurisdictionKind.CITY, "East " + this.word, 10L);
		save(JurisdictionKind.CITY, this.word + " Heights", 5L);
		save(JurisdictionKind.COUNTY, "North " + this.word + " County", 1_000_000L);
		save(JurisdictionKind.CITY, "West " + this.word, null);
		save(JurisdictionKind.CITY, this.word, 1L);
		String slug = this.word.toLowerCase(Locale.ROOT);

		assertThat(choiceSlugs(this.word, "not-a-slug", 10)).containsExactly(slug, slug + "-heights",
				"north-" + slug + "-county", "east-" + slug, "west-" + slug);
		assertThat(choiceSlugs(this.word, "not-a-slug", 2)).containsExactly(slug, slug + "-heights");
	}

	@Test
	void shouldCompareNamesWhateverTheirCaseAccentsAndPunctuation() {
		save(JurisdictionKind.CITY, "Sainte-Geneviève " + this.word, 100L);

		String slug = "sainte-genevi-ve-" + this.word.toLowerCase(Locale.ROOT);
		assertThat(choiceSlugs("ste genevieve " + this.word.toUpperCase(Locale.ROOT), "x", 10)).containsExactly(slug);
		assertThat(choiceSlugs("  Ste.   GENEVIÈVE ", "x", 10)).contains(slug);
		assertThat(choiceSlugs("saint genevieve " + this.word, "x", 10)).isEmpty();
	}

	@Test
	void shouldOfferTheExactSlugFirstEvenWhenItsNameDoesNotMatch() {
		save(JurisdictionKind.CITY, this.word + " Falls", 100L);
		Jurisdiction other = save(JurisdictionKind.CITY, "Elsewhere " + this.word.substring(2), 1L);

		assertThat(choiceSlugs(this.word, other.getSlug(), 10)).containsExactly(other.getSlug(),
				this.word.toLowerCase(Locale.ROOT) + "-falls");
		// Words that fold to nothing match no name, only the slug.
		assertThat(choiceSlugs("...", other.getSlug(), 10)).containsExactly(other.getSlug());
		assertThat(choiceSlugs("", "no-such-slug-" + this.word.toLowerCase(Locale.ROOT), 10)).isEmpty();
	}

	@Test
	void shouldReturnTheColumnsAPickerShows() {
		save(JurisdictionKind.COUNTY, this.word + " County", 100L);

		this.entityManager.flush();
		List<JurisdictionChoice> rows = this.jurisdictions.findChoices(this.word, "x", 10);

		assertThat(rows).hasSize(1);
		JurisdictionChoice row = rows.get(0);
		assertThat(List.of(row.getSlug(), row.getName(), row.getKind(), row.getStateCode()))
			.containsExactly(this.word.toLowerCase(Locale.ROOT) + "-county", this.word + " County", "COUNTY", "IL");
	}

	@Test
	void shouldCountEachKindAndHowManyOfItAreAssessed() {
		Map<JurisdictionKind, KindCoverage> before = coverage();
		save(JurisdictionKind.CITY, "Unassessed " + this.word, null);
		Jurisdiction assessed = save(JurisdictionKind.CITY, "Assessed " + this.word, null);
		assessed.assess(JurisdictionStatus.SANCTUARY, "Ordinance 2024-17", PartialDate.month(2024, 11));
		save(JurisdictionKind.TERRITORY, "Territory of " + this.word, null);
		this.entityManager.flush();

		Map<JurisdictionKind, KindCoverage> after = coverage();

		assertThat(after.get(JurisdictionKind.CITY)).isEqualTo(new KindCoverage(JurisdictionKind.CITY,
				total(before, JurisdictionKind.CITY) + 2, assessed(before, JurisdictionKind.CITY) + 1));
		assertThat(after.get(JurisdictionKind.TERRITORY)).isEqualTo(new KindCoverage(JurisdictionKind.TERRITORY,
				total(before, JurisdictionKind.TERRITORY) + 1, assessed(before, JurisdictionKind.TERRITORY)));
		// Ordered by kind, as the enum is: the about page lists them so.
		List<JurisdictionKind> kinds = this.jurisdictions.coverageByKind().stream().map(KindCoverage::kind).toList();
		assertThat(kinds).isSortedAccordingTo((one, other) -> one.name().compareTo(other.name()));
		// The migrations' census rows: every state and county equivalent, none assessed.
		assertThat(before.get(JurisdictionKind.COUNTY).total()).isGreaterThan(3000);
	}

	private Map<JurisdictionKind, KindCoverage> coverage() {
		return this.jurisdictions.coverageByKind()
			.stream()
			.collect(Collectors.toMap(KindCoverage::kind, Function.identity()));
	}

	private static long total(Map<JurisdictionKind, KindCoverage> coverage, JurisdictionKind kind) {
		return coverage.containsKey(kind) ? coverage.get(kind).total() : 0;
	}

	private static long assessed(Map<JurisdictionKind, KindCoverage> coverage, JurisdictionKind kind) {
		return coverage.containsKey(kind) ? coverage.get(kind).assessed() : 0;
	}

	@Test
	void shouldCountWhatADeleteWouldOrphan() {
		Jurisdiction county = save(JurisdictionKind.COUNTY, this.word + " County", null);
		Jurisdiction city = save(JurisdictionKind.CITY, this.word + " City", null);
		city.setParent(county);
		Jurisdiction town = save(JurisdictionKind.CITY, this.word + " Town", null);
		town.setParent(county);
		this.entityManager.flush();

		DependentCounts counts = this.jurisdictions.countDependents(county.getId());
		DependentCounts none = this.jurisdictions.countDependents(city.getId());

		assertThat(List.of(counts.getStatements(), counts.getPolicies(), counts.getPeople(), counts.getChildren(),
				counts.getFacts(), counts.getTargeted()))
			.containsExactly(0L, 0L, 0L, 2L, 0L, 0L);
		assertThat(counts.nonZero()).containsExactly(Map.entry("children", 2L));
		assertThat(none.nonZero()).isEmpty();
		assertThat(this.jurisdictions.findChildren(county)).extracting(Jurisdiction::getName)
			.containsExactly(this.word + " City", this.word + " Town");
	}

	/**
	 * DataSource, Flyway, JPA and transactions, as {@code @DataJpaTest} would configure
	 * them; the suite's throwaway database; every entity (they refer to each other) but
	 * only this feature's repository.
	 */

}
