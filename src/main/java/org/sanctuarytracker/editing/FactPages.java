package org.sanctuarytracker.editing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a fact's pages are addressed, on its {@link FactEditor}: the URL segment
 * ({@code policies}: {@code /policies/12/edit},
 * {@code /jurisdictions/chicago-il/policies/new}), which takes the place of
 * {@code {facts}} in the editor's inherited mappings ({@link FactPagesMapping}) and names
 * its form's view ({@code policies/form}); the word its element's id starts with on a
 * page ({@code policy-12}); and whether it has a page of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FactPages {

	/** The URL segment, {@code policies}. */
	String value();

	/** The word the id of the fact's element on a page starts with: {@code policy}. */
	String anchor();

	/**
	 * Whether the fact has a page of its own ({@code /policies/12}), which a save leads
	 * to, with the confirmation above it; without one a save leads to its row on the
	 * jurisdiction's profile, which shows the confirmation.
	 */
	boolean ownPage() default true;

}
