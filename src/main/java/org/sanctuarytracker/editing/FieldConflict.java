package org.sanctuarytracker.editing;

/**
 * A field two editors changed to different values: what this editor typed and what the
 * other saved.
 */
public record FieldConflict(String field, Object mine, Object theirs) {

}
