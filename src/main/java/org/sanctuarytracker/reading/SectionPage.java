package org.sanctuarytracker.reading;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.SourceNumbers;
import org.springframework.data.domain.Page;

/**
 * One page of one of a profile's lists, with the sources its rows cite numbered.
 */
public record SectionPage(Jurisdiction jurisdiction, ProfileSection section, Page<?> items, SourceNumbers sources) {

}
