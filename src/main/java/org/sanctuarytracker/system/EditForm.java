package org.sanctuarytracker.system;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What every editing form carries: the one-line summary that goes into the history, and
 * the version of the record the editor started from, so a save based on a stale copy is
 * caught instead of overwriting someone else's work. An edit also carries the id of the
 * record it was opened for, so the save lands on that record even if its slug changed
 * meanwhile, and, after a conflict, which value the editor chose to keep in each field
 * both editors changed.
 */
public abstract class EditForm {

	@NotBlank(message = "{edit.summary.required}")
	@Size(max = 200)
	private String editSummary;

	private Long version;

	private Long recordId;

	/** Field → {@link #KEEP_THEIRS} or "mine", chosen on the conflict page. */
	private Map<String, String> keep = new LinkedHashMap<>();

	public static final String KEEP_THEIRS = "theirs";

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

	public Long getRecordId() {
		return this.recordId;
	}

	public void setRecordId(Long recordId) {
		this.recordId = recordId;
	}

	public Map<String, String> getKeep() {
		return this.keep;
	}

	public void setKeep(Map<String, String> keep) {
		this.keep = (keep != null) ? keep : new LinkedHashMap<>();
	}

}
