package org.sanctuarytracker.system;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.validation.Errors;

/**
 * Makes URL slugs from names when an editor leaves the slug empty: "Carlos Ramirez-Rosa"
 * becomes "carlos-ramirez-rosa"; and keeps records from taking the words the addresses
 * use beside slugs (/people/new).
 */
public final class Slugs {

	public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	/**
	 * Words the URLs use beside a slug (/people/new, /jurisdictions/x/edit): never slugs.
	 */
	public static final java.util.Set<String> RESERVED = java.util.Set.of("new", "edit", "delete", "history",
			"changes");

	public static boolean isReserved(String slug) {
		return slug != null && RESERVED.contains(slug);
	}

	private Slugs() {
	}

	/** The slug typed, or, when none is, the one made from the name. */
	public static String orFromName(String slug, String name) {
		return (slug != null) ? slug : of(name);
	}

	/**
	 * Rejects, at the form's slug field, a slug (typed, or made from the name) that the
	 * site's addresses use beside slugs.
	 */
	public static void rejectReserved(Errors errors, String slug, String name) {
		if (name != null && isReserved(orFromName(slug, name))) {
			errors.rejectValue("slug", "slug.reserved");
		}
	}

	public static String of(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
