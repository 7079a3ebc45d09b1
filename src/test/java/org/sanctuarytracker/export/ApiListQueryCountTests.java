package org.sanctuarytracker.export;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API's list pages read with a few statements whatever their size, page or
 * filter: no query per row, and no count once the page itself shows the total. They read
 * through JDBC, not Hibernate, so the statements are counted at the connection.
 */
@TrackerTest
@Import(ApiListQueryCountTests.CountingDataSource.class)
class ApiListQueryCountTests {

	/**
	 * The snapshot's revision, the transaction's settings, the newest revision it sees,
	 * the page, and at most a bounded count and its estimate.
	 */
	static final long MAX_STATEMENTS = 6;

	static final AtomicLong STATEMENTS = new AtomicLong();

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldReadAListPageWithTheSameFewStatementsWhateverItsSize() {
		for (String list : new String[] { "statements", "funding-exposures", "policies", "jurisdictions", "people",
				"sources" }) {
			long small = statementsFor("/api/v1/" + list + "?size=1&page=2");
			long large = statementsFor("/api/v1/" + list + "?size=200&page=2");
			assertThat(large).as(list).isEqualTo(small).isLessThanOrEqualTo(MAX_STATEMENTS);
			assertThat(statementsFor("/api/v1/" + list + "?size=200&after=1")).as(list + " after")
				.isLessThanOrEqualTo(MAX_STATEMENTS);
		}
		assertThat(statementsFor("/api/v1/statements?jurisdiction=chicago-il&size=200"))
			.isLessThanOrEqualTo(MAX_STATEMENTS - 2);
	}

	private long statementsFor(String uri) {
		// Twice: the first may count the total, which later pages of the same revision
		// reuse.
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		STATEMENTS.set(0);
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return STATEMENTS.get();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource) ? counting(dataSource) : bean;
				}
			};
		}

		private static DataSource counting(DataSource target) {
			return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
					new Class<?>[] { DataSource.class }, (proxy, method, arguments) -> {
						Object result = invoke(target, method, arguments);
						return (result instanceof Connection connection) ? counting(connection) : result;
					});
		}

		private static Connection counting(Connection target) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
						if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
							STATEMENTS.incrementAndGet();
						}
						return invoke(target, method, arguments);
					});
		}

		private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments)
				throws Throwable {
			try {
				return method.invoke(target, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
