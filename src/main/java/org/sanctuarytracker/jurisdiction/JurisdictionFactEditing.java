package org.sanctuarytracker.jurisdiction;

import org.sanctuarytracker.editing.RecordEditing;
import org.sanctuarytracker.source.SourceService;
import org.springframework.stereotype.Component;

/**
 * What the edit pages of every fact filed under a jurisdiction use beside the fact's own
 * service, handed to a {@link JurisdictionFactEditor} as one: a record's editing, the
 * jurisdictions and their picker, and the sources a fact cites.
 */
@Component
public record JurisdictionFactEditing(RecordEditing editing, JurisdictionService jurisdictions,
		JurisdictionChoices jurisdictionChoices, SourceService sources) {

}
