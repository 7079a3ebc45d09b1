package org.sanctuarytracker.editing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The URL segment of a fact's pages ({@code policies}: {@code /policies/12/edit},
 * {@code /jurisdictions/chicago-il/policies/new}), on its {@link FactEditor}. It takes
 * the place of {@code {facts}} in the editor's inherited mappings
 * ({@link FactPagesMapping}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FactPages {

	String value();

}
