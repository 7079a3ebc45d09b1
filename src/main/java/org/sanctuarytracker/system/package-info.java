/**
 * What every feature shares and depends on no feature: the web configuration, error
 * pages, formats, dates at their precision, the database bootstrap. Its types are
 * non-null unless they say {@code @Nullable}; NullAway checks it when compiling.
 */
@NullMarked
package org.sanctuarytracker.system;

import org.jspecify.annotations.NullMarked;
