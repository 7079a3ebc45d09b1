package org.sanctuarytracker.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Before the connection pool is used, checks that PostgreSQL answers within seconds and
 * creates the application's database when it is missing and the role may. A fresh machine
 * then needs nothing but a running server; an unreachable one stops start-up with one
 * line that says what to do (see {@link DatabaseUnavailableFailureAnalyzer}).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DatabaseBootstrap implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(DatabaseBootstrap.class);

	private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?/]+)(\\?.*)?$");

	private static final String CONNECT_TIMEOUT_SECONDS = "5";

	private final boolean createIfMissing;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
			ensureDatabase(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
		}
		return bean;
	}

	void ensureDatabase(String url, String username, String password) {
		try (Connection connection = connect(url, username, password)) {
			return;
		}
		catch (SQLException ex) {
			Matcher parts = POSTGRES_URL.matcher(url);
			if ("3D000".equals(ex.getSQLState()) && this.createIfMissing && parts.matches()) {
				createDatabase(parts, url, username, password);
				return;
			}
			throw new DatabaseUnavailableException(url, username, ex);
		}
	}

	private void createDatabase(Matcher parts, String url, String username, String password) {
		String database = parts.group(2);
		String maintenanceUrl = parts.group(1) + "postgres" + ((parts.group(3) != null) ? parts.group(3) : "");
		try (Connection connection = connect(maintenanceUrl, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
			logger.info("Created database " + database);
		}
		catch (SQLException ex) {
			throw new DatabaseUnavailableException(url, username, ex);
		}
	}

	private static Connection connect(String url, String username, String password) throws SQLException {
		Properties properties = new Properties();
		if (username != null) {
			properties.setProperty("user", username);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
		properties.setProperty("loginTimeout", CONNECT_TIMEOUT_SECONDS);
		return DriverManager.getConnection(url, properties);
	}

}
