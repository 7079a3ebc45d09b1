package org.sanctuarytracker.system;

import lombok.Getter;

/**
 * A record asked for by slug or id does not exist; rendered as the 404 page.
 */
@Getter
public class NotFoundException extends RuntimeException {

	private final String what;

	private final String key;

	public NotFoundException(String what, Object key) {
		super(what + " " + key + " not found");
		this.what = what;
		this.key = String.valueOf(key);
	}

}
