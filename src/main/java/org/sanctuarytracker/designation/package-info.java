/**
 * Designations: federal lists that named a jurisdiction. Its types are non-null unless
 * they say {@code @Nullable}; NullAway checks it when compiling.
 */
@NullMarked
package org.sanctuarytracker.designation;

import org.jspecify.annotations.NullMarked;
