package org.sanctuarytracker.person;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * A speaker added from inside a statement's form, when the person is not on record yet:
 * their name, their title and the jurisdiction they serve (the statement's when left
 * empty). Left empty, it adds nobody.
 */
@Getter
@Setter
public class NewPersonForm {

	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String title;

	private String jurisdiction;

	public boolean isFilled() {
		return this.name != null || this.title != null || this.jurisdiction != null;
	}

}
