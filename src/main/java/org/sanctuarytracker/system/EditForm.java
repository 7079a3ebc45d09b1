package org.sanctuarytracker.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What every editing form carries: the one-line summary that goes into the history, and
 * the version of the record the editor started from, so a save based on a stale copy is
 * caught instead of overwriting someone else's work.
 */
public abstract class EditForm {

	@NotBlank(message = "{edit.summary.required}")
	@Size(max = 200)
	private String editSummary;

	private Long version;

	public String getEditSummary() {
		return this.editSummary;
	}

	public void setEditSummary(String editSummary) {
		this.editSummary = editSummary;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
