/**
 * The front page and the about page. Its types are non-null unless they say
 * {@code @Nullable}; NullAway checks it when compiling.
 */
@NullMarked
package org.sanctuarytracker.home;

import org.jspecify.annotations.NullMarked;
