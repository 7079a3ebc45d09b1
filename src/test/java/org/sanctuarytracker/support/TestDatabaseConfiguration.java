package org.sanctuarytracker.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Gives the application context its PostgreSQL: a Testcontainers container where a Docker
 * engine runs, otherwise a throwaway database on the local or the embedded server (see
 * {@link TestDatabase}). Either way a {@code JdbcConnectionDetails} bean, so the app's
 * own choice of database ({@code DatabaseAutoConfiguration}) steps aside.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:16-alpine");
	}

	@Bean
	@Conditional(NoDocker.class)
	JdbcConnectionDetails throwawayDatabase() {
		String url = TestDatabase.throwawayUrl();
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return TestDatabase.username();
			}

			@Override
			public String getPassword() {
				return TestDatabase.password();
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return TestDatabase.useTestcontainers();
		}

	}

	static class NoDocker implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !TestDatabase.useTestcontainers();
		}

	}

}
