package org.sanctuarytracker.designation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.sanctuarytracker.jurisdiction.JurisdictionFactForm;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.validation.Errors;

/**
 * A federal list naming a jurisdiction, as an editor types it.
 */
@Getter
@Setter
public class DesignationForm extends JurisdictionFactForm {

	@NotBlank
	@Size(max = 300)
	private @Nullable String listName;

	@NotNull
	private @Nullable PartialDate listedOn;

	private @Nullable PartialDate removedOn;

	private boolean disputed;

	@Size(max = 5000)
	private @Nullable String disputeNote;

	public DesignationForm() {
	}

	public DesignationForm(Designation designation) {
		showFact(designation);
		this.listName = designation.getListName();
		this.listedOn = designation.getListedOn();
		this.removedOn = designation.getRemovedOn();
		this.disputed = designation.isDisputed();
		this.disputeNote = designation.getDisputeNote();
	}

	@Override
	public void checkRules(Errors errors) {
		super.checkRules(errors);
		if (this.disputed && this.disputeNote == null) {
			errors.rejectValue("disputeNote", "designation.disputeNoteRequired");
		}
		if (this.listedOn != null && this.removedOn != null && this.removedOn.date().isBefore(this.listedOn.date())) {
			errors.rejectValue("removedOn", "designation.removedBeforeListed");
		}
	}

}
