package org.sanctuarytracker.export;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The licence the data is published under ({@code tracker.data-license.*}): the
 * operator's choice, CC-BY-4.0 unless configured. It covers the tracker's compilation;
 * every quote and figure stays its source's, cited beside it. datapackage.json and the
 * OpenAPI document both state it from here.
 *
 * @param name an SPDX licence id
 * @param path the licence's address
 * @param title its name in words
 */
@Component
public record DataLicense(@Value("${tracker.data-license.name:CC-BY-4.0}") String name,
		@Value("${tracker.data-license.path:https://creativecommons.org/licenses/by/4.0/}") String path,
		@Value("${tracker.data-license.title:Creative Commons Attribution 4.0}") String title) {

}
