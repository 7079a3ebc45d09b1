package org.sanctuarytracker.person;

import java.util.Objects;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.sanctuarytracker.system.PartialDate;

/**
 * One term of office as an editor types it in the person form. A row left empty is no
 * term; a row with anything in it needs a title and a source.
 */
@Getter
@Setter
public class TermForm {

	@Size(max = 300)
	private String title;

	private String jurisdiction;

	private PartialDate heldFrom;

	private PartialDate heldTo;

	private Long sourceId;

	public TermForm() {
	}

	TermForm(PersonTerm term) {
		this.title = term.getTitle();
		this.jurisdiction = (term.getJurisdiction() != null) ? term.getJurisdiction().getSlug() : null;
		this.heldFrom = term.getHeldFrom();
		this.heldTo = term.getHeldTo();
		this.sourceId = term.getSource().getId();
	}

	boolean isEmpty() {
		return this.title == null && this.jurisdiction == null && this.heldFrom == null && this.heldTo == null
				&& this.sourceId == null;
	}

	// Compared by value: the 409 page compares the typed terms with the saved ones.
	@Override
	public boolean equals(Object other) {
		return other instanceof TermForm that && Objects.equals(this.title, that.title)
				&& Objects.equals(this.jurisdiction, that.jurisdiction) && Objects.equals(this.heldFrom, that.heldFrom)
				&& Objects.equals(this.heldTo, that.heldTo) && Objects.equals(this.sourceId, that.sourceId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.title, this.jurisdiction, this.heldFrom, this.heldTo, this.sourceId);
	}

	@Override
	public String toString() {
		return (this.title != null) ? this.title : "";
	}

}
