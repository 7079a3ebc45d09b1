package org.sanctuarytracker.editing;

import org.sanctuarytracker.history.HistoryService;
import org.springframework.stereotype.Component;
import org.springframework.validation.SmartValidator;

/**
 * What every record's edit pages use beside the record's own service, handed to a
 * {@link RecordEditor} as one: the history, which finds a conflicting save and the
 * version a form was opened at, and the validator the forms are checked with.
 */
@Component
public record RecordEditing(HistoryService history, SmartValidator validator) {

}
