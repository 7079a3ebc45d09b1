package org.sanctuarytracker.editing;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.validation.Errors;

/**
 * What every editing form carries: the one-line summary that goes into the history, and
 * the version of the record the editor started from, so a save based on a stale copy is
 * caught instead of overwriting someone else's work. An edit also carries the id of the
 * record it was opened for, so the save lands on that record even if its slug changed
 * meanwhile, and, after a conflict, which value the editor chose to keep in each field
 * both editors changed.
 */
@Getter
@Setter
public abstract class EditForm {

	@NotBlank(message = "{edit.summary.required}")
	@Size(max = 200)
	private String editSummary;

	private Long version;

	private Long recordId;

	/** Field → {@link #KEEP_THEIRS} or "mine", chosen on the conflict page. */
	private Map<String, String> keep = new LinkedHashMap<>();

	/** The picker field whose Find button was pressed: the form only re-renders. */
	private String find;

	/** Picker field key → the match the editor chose among its search's results. */
	private Map<String, String> picked = new LinkedHashMap<>();

	public static final String KEEP_THEIRS = "theirs";

	/**
	 * Whether the form files the record a picker field names by the id it was opened on
	 * rather than by the value (a slug renamed meanwhile names no record, yet the save is
	 * right).
	 */
	public boolean keepsOpenedRecord(String field, String value) {
		return false;
	}

	/**
	 * The rules the form's values must meet together, beyond what its fields' annotations
	 * say of each (an assessment needs its reasons, funding an amount or a share).
	 * Written once, here, they are checked by the page's save and by the import alike, in
	 * the same words; a rule that must look records up belongs to the page's editor
	 * instead. A form that overrides this calls {@code super.checkRules} first.
	 */
	public void checkRules(Errors errors) {
	}

	public void setKeep(Map<String, String> keep) {
		this.keep = (keep != null) ? keep : new LinkedHashMap<>();
	}

	public void setPicked(Map<String, String> picked) {
		this.picked = (picked != null) ? picked : new LinkedHashMap<>();
	}

}
