package org.sanctuarytracker.source;

import java.util.Collection;

/**
 * A fact backed by one or more sources; pages number these sources for the reader.
 */
public interface Cited {

	Collection<Source> getSources();

}
