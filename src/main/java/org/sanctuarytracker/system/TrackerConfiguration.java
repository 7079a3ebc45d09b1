package org.sanctuarytracker.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Application-wide beans: the clock, the database bootstrap, and the demo dataset switch.
 */
@Configuration(proxyBeanMethods = false)
class TrackerConfiguration {

	static final String DEMO_DATA_LOCATION = "classpath:db/demo";

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	static DatabaseBootstrap databaseBootstrap(Environment environment) {
		return new DatabaseBootstrap(
				environment.getProperty("tracker.database.create-if-missing", Boolean.class, true));
	}

	@Bean
	static BeanPostProcessor failFastConnections(Environment environment) {
		return FailFastConnections.wrapping(
				environment.getProperty("tracker.database.outage-timeout", Duration.class, Duration.ofMillis(500)));
	}

	// The demo dataset is a Flyway migration of its own location, so it loads once, on
	// the first start, and a production install (tracker.demo-data.enabled=false) starts
	// empty.
	@Bean
	FlywayConfigurationCustomizer demoDataLocation(@Value("${tracker.demo-data.enabled:true}") boolean enabled) {
		return (configuration) -> {
			if (enabled) {
				Location[] locations = configuration.getLocations();
				Location[] withDemo = Arrays.copyOf(locations, locations.length + 1);
				withDemo[locations.length] = new Location(DEMO_DATA_LOCATION);
				configuration.locations(withDemo);
			}
		};
	}

}
