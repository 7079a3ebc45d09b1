package org.sanctuarytracker.system;

import java.util.Optional;

/**
 * How a feature names the records a form field refers to (a jurisdiction's slug, a list
 * of source ids), so a conflict shows "Chicago, Illinois" rather than "chicago-il". A
 * feature implements it as a bean; {@link FieldWords} asks each.
 */
public interface RecordNames {

	/** The field's value in words, or empty when this feature does not know the field. */
	Optional<String> name(String field, Object value);

}
