package org.sanctuarytracker.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way a dead database surfaces is a 503 with Retry-After and one WARN line; a
 * malformed request a 400 without a stack trace; anything else a 500 logged with its
 * stack. (RunningAppTests stops a real PostgreSQL under the running app.)
 */
@ExtendWith(OutputCaptureExtension.class)
class UnhandledFailuresTests {

	// As the layers wrap it: a page's transaction, a JdbcTemplate, a query on a
	// connection the server closed as it stopped, and the same under the servlet's
	// wrapper.
	private static final List<Exception> OUTAGES = List.of(
			new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new JDBCConnectionException("Unable to acquire JDBC Connection",
							new SQLTransientConnectionException(
									"HikariPool-1 - Connection is not available, request timed out after 500ms",
									new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))),
			new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLException("Connection refused", "08001")),
			new DataAccessResourceFailureException("could not execute query",
					new SQLException("An I/O error occurred while sending to the backend.", "08006")),
			new JpaSystemException(new RuntimeException(
					new SQLException("terminating connection due to administrator command", "57P01"))),
			new ServletException("Request processing failed",
					new SQLException("the database system is starting up", "57P03")));

	@Test
	void shouldAnswerEveryWayADeadDatabaseFailsWith503AndOneLine(CapturedOutput output) throws Exception {
		for (Exception outage : OUTAGES) {
			assertThat(DatabaseOutage.isCause(outage)).as(outage.toString()).isTrue();
			MockHttpServletResponse response = serve(outage);
			assertThat(response.getStatus()).as(outage.toString()).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		}
		assertThat(output.getAll().lines().filter((line) -> line.contains("Database unavailable")))
			.hasSize(OUTAGES.size());
		assertThat(output.getAll()).doesNotContain("\tat ");
	}

	@Test
	void shouldNotTakeOtherDatabaseErrorsForAnOutage(CapturedOutput output) throws Exception {
		Exception duplicate = new DataIntegrityViolationException("could not execute statement",
				new SQLException("duplicate key value violates unique constraint \"source_pkey\"", "23505"));
		Exception cancelled = new QueryTimeoutException("statement timeout",
				new SQLException("canceling statement due to statement timeout", "57014"));
		for (Exception failure : List.of(duplicate, cancelled)) {
			assertThat(DatabaseOutage.isCause(failure)).isFalse();
			assertThat(serve(failure).getStatus()).isEqualTo(500);
		}
		assertThat(output.getAll()).contains("ERROR", "Failed to answer GET /statements", "\tat ");
	}

	@Test
	void shouldAnswerAMalformedQueryStringWith400WithoutAStackTrace(CapturedOutput output) throws Exception {
		MockHttpServletResponse response = serve(new ServletException("Request processing failed",
				new InvalidParameterException("Character decoding failed. Parameter [q] with value [%ZZ]", 400)));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(output.getAll()).doesNotContain("ERROR", "WARN", "\tat ");
	}

	private static MockHttpServletResponse serve(Exception failure) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/statements");
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain failing = (req, res) -> {
			if (failure instanceof ServletException servlet) {
				throw servlet;
			}
			throw (RuntimeException) failure;
		};
		new UnhandledFailures().doFilter(request, response, failing);
		return response;
	}

}
