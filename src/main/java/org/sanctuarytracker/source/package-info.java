/**
 * Sources: the published documents facts cite, their pages, forms and the citation
 * picker. Its types are non-null unless they say {@code @Nullable}; NullAway checks it
 * when compiling.
 */
@NullMarked
package org.sanctuarytracker.source;

import org.jspecify.annotations.NullMarked;
