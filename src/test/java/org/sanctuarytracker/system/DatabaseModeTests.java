package org.sanctuarytracker.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * TRACKER_DATABASE_MODE: a server when one is configured or answers, the app's own
 * PostgreSQL otherwise, and never the embedded one in production without saying so.
 */
class DatabaseModeTests {

	@Test
	void shouldUseTheServerWhenAUrlIsSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db.example/tracker");
		DatabaseMode.Choice choice = DatabaseMode.choose(environment, (address) -> false, () -> true);
		assertThat(choice.mode()).isEqualTo(DatabaseMode.SERVER);
		assertThat(choice.reason()).contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void shouldUseTheServerThatAnswersAtTheDefaultAddress() {
		DatabaseMode.Choice choice = DatabaseMode.choose(new MockEnvironment(), DatabaseMode.DEFAULT_ADDRESS::equals,
				() -> true);
		assertThat(choice.mode()).isEqualTo(DatabaseMode.SERVER);
		assertThat(choice.reason()).contains("answers at 127.0.0.1:5432");
	}

	@Test
	void shouldRunItsOwnPostgresWhenNoServerIsThere() {
		DatabaseMode.Choice choice = DatabaseMode.choose(new MockEnvironment(), (address) -> false, () -> true);
		assertThat(choice.mode()).isEqualTo(DatabaseMode.EMBEDDED);
		assertThat(choice.reason()).contains("no server answers");
		assertThat(choice.warning()).isNull();
	}

	@Test
	void shouldRunItsOwnPostgresWhenAskedEvenBesideAServer() {
		MockEnvironment environment = new MockEnvironment().withProperty(DatabaseMode.PROPERTY, "embedded");
		DatabaseMode.Choice choice = DatabaseMode.choose(environment, (address) -> true, () -> true);
		assertThat(choice.mode()).isEqualTo(DatabaseMode.EMBEDDED);
	}

	@Test
	void shouldKeepToTheServerWhenAsked() {
		MockEnvironment environment = new MockEnvironment().withProperty(DatabaseMode.PROPERTY, "Server");
		assertThat(DatabaseMode.choose(environment, (address) -> false, () -> true).mode())
			.isEqualTo(DatabaseMode.SERVER);
	}

	@Test
	void shouldNeverPickTheEmbeddedServerByItselfInProduction() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		assertThat(DatabaseMode.choose(environment, (address) -> false, () -> true).mode())
			.isEqualTo(DatabaseMode.SERVER);
	}

	@Test
	void shouldWarnLoudlyWhenAskedForTheEmbeddedServerInProduction() {
		MockEnvironment environment = new MockEnvironment().withProperty(DatabaseMode.PROPERTY, "embedded");
		environment.setActiveProfiles("production");
		DatabaseMode.Choice choice = DatabaseMode.choose(environment, (address) -> false, () -> true);
		assertThat(choice.mode()).isEqualTo(DatabaseMode.EMBEDDED);
		assertThat(choice.warning()).contains("EMBEDDED").contains("PRODUCTION");
	}

	@Test
	void shouldFallBackToTheServerOnAPlatformWithoutBinaries() {
		MockEnvironment environment = new MockEnvironment().withProperty(DatabaseMode.PROPERTY, "embedded");
		DatabaseMode.Choice choice = DatabaseMode.choose(environment, (address) -> false, () -> false);
		assertThat(choice.mode()).isEqualTo(DatabaseMode.SERVER);
		assertThat(choice.warning()).contains(EmbeddedDatabase.platform()).contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void shouldRefuseAnUnknownMode() {
		MockEnvironment environment = new MockEnvironment().withProperty(DatabaseMode.PROPERTY, "memory");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatabaseMode.choose(environment, (address) -> false, () -> true))
			.withMessageContaining("server, embedded or auto");
	}

	@Test
	void shouldHaveBinariesForThisPlatform() {
		assertThat(EmbeddedDatabase.binariesAvailable()).isTrue();
	}

}
