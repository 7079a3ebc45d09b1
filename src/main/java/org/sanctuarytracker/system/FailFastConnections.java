package org.sanctuarytracker.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells "the database is down" from "every connection is busy" when a request waits for a
 * connection. Hikari waits its whole {@code connection-timeout} either way; this waits
 * {@code tracker.database.outage-timeout} first, and if the pool's latest attempt to open
 * a connection failed meanwhile (the server refused it, or is starting or stopping), the
 * database is down: the request fails now, and is answered 503 within a second. Otherwise
 * the pool is merely busy (a burst of sign-ins, long exports) and the request waits the
 * rest of the pool's timeout for a connection, as before.
 * <p>
 * Hikari keeps the latest connection failure until a connection opens again, and gives it
 * as the cause of its timeout; a busy pool's timeout has none. During an outage the pool
 * keeps retrying often ({@link ConnectionRetries}), so service resumes soon after the
 * database's return.
 */
final class FailFastConnections extends DelegatingDataSource {

	private final HikariDataSource pool;

	private final long outageTimeoutMillis;

	private final ConnectionRetries retries;

	FailFastConnections(HikariDataSource pool, Duration outageTimeout) {
		super(pool);
		this.pool = pool;
		this.outageTimeoutMillis = outageTimeout.toMillis();
		this.retries = new ConnectionRetries(outageTimeout);
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (!(this.pool.getHikariPoolMXBean() instanceof HikariPool started)
				|| this.outageTimeoutMillis >= this.pool.getConnectionTimeout() - 250) {
			// Not started yet (the first connection starts it), or an outage timeout that
			// leaves less than Hikari's least wait (250 ms) to a busy pool: the pool
			// alone.
			return this.pool.getConnection();
		}
		try {
			return started.getConnection(this.outageTimeoutMillis);
		}
		catch (SQLTransientConnectionException timeout) {
			if (timeout.getCause() != null) {
				this.retries.shorten(this.pool.getPoolName());
				throw timeout;
			}
			return started.getConnection(this.pool.getConnectionTimeout() - this.outageTimeoutMillis);
		}
	}

	/** Puts every Hikari pool of the context behind one. */
	static BeanPostProcessor wrapping(Duration outageTimeout) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool) {
					DataSource wrapped = new FailFastConnections(pool, outageTimeout);
					return wrapped;
				}
				return bean;
			}
		};
	}

}
