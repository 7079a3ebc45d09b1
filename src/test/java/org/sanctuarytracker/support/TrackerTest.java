package org.sanctuarytracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A full-stack test against real PostgreSQL with the demo dataset loaded. Every test
 * class uses the same configuration, so they share one application context and one
 * database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// Exports read the history only: the fixtures write rows without audit rows, so the live
// tables do not hold what the history records. LiveSnapshotTests checks the live reads.
@SpringBootTest(
		properties = { "spring.jpa.properties.hibernate.generate_statistics=true", "tracker.exports.live-reads=false",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, MockSessionsInTheDatabase.class, Fixtures.class })
public @interface TrackerTest {

}
