package org.sanctuarytracker.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.sanctuarytracker.export.DataLicense;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the OpenAPI document (/v3/api-docs) and its browsable UI (/swagger-ui.html).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI trackerApi(DataLicense license) {
		return new OpenAPI().info(new Info().title("Sanctuary-policy tracker API")
			.version("v1")
			// The data's licence, as datapackage.json states it.
			.license(new License().name(license.name()).url(license.path()))
			.description("Read-only JSON of the tracker's data. Lists are paginated (page from 1, size up to 200) "
					+ "and take the browse pages' filters, updated_since and as_of; every answer, a jurisdiction's "
					+ "profile and a person with their terms of office included, is read from a snapshot of the revision history named in the "
					+ "X-Snapshot-As-Of and X-Snapshot-Revision headers (as_of=that instant returns it again); "
					+ "field names and meanings "
					+ "are those of the CSV exports' data dictionary at /export. Errors are JSON with status, "
					+ "error, message, problems and reference (the request's id)."));
	}

}
