package org.sanctuarytracker.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the app prepares, at the connection: pages that read through
 * JDBC rather than Hibernate (the JSON API, the search) are not seen by Hibernate's
 * statistics. Tests that import it share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountingStatements {

	private static final AtomicLong STATEMENTS = new AtomicLong();

	public static void reset() {
		STATEMENTS.set(0);
	}

	public static long count() {
		return STATEMENTS.get();
	}

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

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
