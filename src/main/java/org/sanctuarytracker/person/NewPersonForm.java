package org.sanctuarytracker.person;

import jakarta.validation.constraints.Size;

/**
 * A speaker added from inside a statement's form, when the person is not on record yet:
 * their name, their title and the jurisdiction they serve (the statement's when left
 * empty). Left empty, it adds nobody.
 */
public class NewPersonForm {

	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String title;

	private String jurisdiction;

	public boolean isFilled() {
		return this.name != null || this.title != null || this.jurisdiction != null;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getJurisdiction() {
		return this.jurisdiction;
	}

	public void setJurisdiction(String jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

}
