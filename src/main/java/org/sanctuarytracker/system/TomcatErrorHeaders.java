package org.sanctuarytracker.system;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the app sees them (an invalid %-escape in the path, such
 * as {@code /%ZZ}) are answered by Tomcat's own error report, outside every filter: it
 * gets the security headers the app's pages carry. Runs after Spring Boot's customizer,
 * whose report (no stack trace, no server version) it replaces with the same plus
 * headers.
 */
@Component
class TomcatErrorHeaders implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	// Tomcat's page is plain HTML with an inline style, no script, no images.
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Container host = context.getParent();
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			ErrorReportValve report = new HeadedErrorReport();
			report.setShowReport(false);
			report.setShowServerInfo(false);
			pipeline.addValve(report);
			if (host instanceof StandardHost standard) {
				// So that the host, starting, finds its report valve and adds no other.
				standard.setErrorReportValveClass(HeadedErrorReport.class.getName());
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Tomcat's error report with the headers; those the app set are left as they are. */
	public static class HeadedErrorReport extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (!response.isCommitted()) {
				setIfAbsent(response, "X-Content-Type-Options", "nosniff");
				setIfAbsent(response, "X-Frame-Options", "DENY");
				setIfAbsent(response, "Referrer-Policy", "strict-origin-when-cross-origin");
				setIfAbsent(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
				setIfAbsent(response, "Cache-Control", "no-store");
			}
			super.report(request, response, throwable);
		}

		private static void setIfAbsent(Response response, String name, String value) {
			if (response.getHeader(name) == null) {
				response.setHeader(name, value);
			}
		}

	}

}
