package org.sanctuarytracker.reading;

import java.util.Arrays;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

/**
 * The lists on a jurisdiction's profile that grow with the jurisdiction: the profile
 * shows the first few of each, and each has its own paginated page for the rest. A state
 * has ten thousand places and a big city thousands of facts; a page listing them all was
 * megabytes.
 *
 * @param path the section's address under the profile,
 * {@code /jurisdictions/{slug}/{path}}
 * @param onProfile how many the profile itself shows
 */
@RequiredArgsConstructor
public enum ProfileSection {

	POLICIES("policies", 20), AIMED_AT("aimed-at", 20), STATEMENTS("statements", 10), FUNDING("funding", 20),
	INDICATORS("figures", 30), DESIGNATIONS("designations", 20), PLACES("places", 60);

	/** Rows on each page of a section's own page. */
	public static final int PAGE_SIZE = 50;

	private final String path;

	private final int onProfile;

	public String path() {
		return this.path;
	}

	public int onProfile() {
		return this.onProfile;
	}

	/** Statements have the statement search for the rest, not a page of their own. */
	static Optional<ProfileSection> ofPath(String path) {
		return Arrays.stream(values()).filter((s) -> s != STATEMENTS && s.path.equals(path)).findFirst();
	}

}
