package org.sanctuarytracker.system;

/**
 * A record a picker offers: the value the form submits for it (a slug), its name, and
 * what tells it apart from others of the same name (a state, a title), in plain words or
 * as a message key (a kind of jurisdiction).
 *
 * @param value what the form field holds when this record is chosen
 * @param name the record's name
 * @param detail plain words beside the name, or null
 * @param detailKey a message key beside the name (e.g. {@code kind.CITY}), or null
 */
public record Choice(String value, String name, String detail, String detailKey) {

}
