/**
 * The site search across jurisdictions, people, policies and statements. Its types are
 * non-null unless they say {@code @Nullable}; NullAway checks it when compiling.
 */
@NullMarked
package org.sanctuarytracker.search;

import org.jspecify.annotations.NullMarked;
