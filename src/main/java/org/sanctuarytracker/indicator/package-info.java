/**
 * Figures: dated numbers about a jurisdiction, each hedged as its source hedges it. Its
 * types are non-null unless they say {@code @Nullable}; NullAway checks it when
 * compiling.
 */
@NullMarked
package org.sanctuarytracker.indicator;

import org.jspecify.annotations.NullMarked;
