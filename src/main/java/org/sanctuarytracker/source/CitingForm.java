package org.sanctuarytracker.source;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.sanctuarytracker.editing.EditForm;
import org.springframework.validation.Errors;

/**
 * A form for a fact that cites sources: existing ones picked (found with the form's own
 * search, which works without JavaScript) and optionally one new source typed in place.
 */
@Getter
@Setter
public abstract class CitingForm extends EditForm {

	private List<Long> sourceIds = new ArrayList<>();

	private @Nullable String sourceQuery;

	@Valid
	private NewSourceForm newSource = new NewSourceForm();

	/**
	 * Rejects a fact with no source ({@link #requiresSource}), or one with more than one
	 * that cites exactly one ({@link #citesOneSource}).
	 */
	@Override
	public void checkRules(Errors errors) {
		super.checkRules(errors);
		int count = this.sourceIds.size() + (this.newSource.isFilled() ? 1 : 0);
		if (count == 0 && requiresSource()) {
			errors.rejectValue("sourceIds", "citation.required");
		}
		else if (citesOneSource() && count > 1) {
			errors.rejectValue("sourceIds", "citation.exactlyOne");
		}
		if (this.newSource.isFilled() && this.newSource.getTitle() == null) {
			errors.rejectValue("newSource.title", "source.title.required");
		}
	}

	/** Whether the record must cite a source: a fact must; an assessment may not yet. */
	protected boolean requiresSource() {
		return true;
	}

	/** Whether the record cites one source, not several (a statement). */
	protected boolean citesOneSource() {
		return false;
	}

	/**
	 * The jurisdiction whose cited sources the picker suggests first, or null when the
	 * form is not about one.
	 */
	public @Nullable Long citedForJurisdictionId() {
		return null;
	}

	public void setSourceIds(List<Long> sourceIds) {
		this.sourceIds = (sourceIds != null) ? sourceIds : new ArrayList<>();
	}

}
