package org.sanctuarytracker.editing;

import org.sanctuarytracker.system.BaseEntity;

/**
 * A delete confirmation: the edit summary, and the version the editor looked at, so a
 * record someone changed meanwhile is not deleted unseen.
 */
public class DeleteForm extends EditForm {

	public DeleteForm() {
	}

	public DeleteForm(BaseEntity record) {
		setVersion(record.getVersion());
	}

}
