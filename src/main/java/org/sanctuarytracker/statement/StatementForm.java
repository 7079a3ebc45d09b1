package org.sanctuarytracker.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.sanctuarytracker.jurisdiction.JurisdictionFactForm;
import org.sanctuarytracker.person.NewPersonForm;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.validation.Errors;

/**
 * A statement as an editor types it: the words (a quote verbatim, or the source's own
 * wording of a paraphrase), who said it with their title at the time, when if the source
 * says, who first reported it, what it is about, and its one source.
 */
@Getter
@Setter
public class StatementForm extends JurisdictionFactForm {

	// Required unless a new person is typed below it (StatementEditController).
	private String person;

	@Valid
	private NewPersonForm newPerson = new NewPersonForm();

	@Size(max = 200)
	private String speakerTitle;

	private PartialDate statedOn;

	@NotNull
	private StatementKind kind = StatementKind.QUOTE;

	@Size(max = 200)
	private String reportedBy;

	@NotBlank
	@Size(max = 5000)
	private String quote;

	@Size(max = 5000)
	private String context;

	@NotNull
	private Stance stance;

	public StatementForm() {
	}

	public StatementForm(Statement statement) {
		this.person = statement.getPerson().getSlug();
		showFact(statement);
		this.speakerTitle = statement.getSpeakerTitle();
		this.statedOn = statement.getStatedOn();
		this.kind = statement.getKind();
		this.reportedBy = statement.getReportedBy();
		this.quote = statement.getQuote();
		this.context = statement.getContext();
		this.stance = statement.getStance();
	}

	/** One source, and a speaker: picked or typed, not both. */
	@Override
	public void checkRules(Errors errors) {
		super.checkRules(errors);
		if (!this.newPerson.isFilled() && this.person == null) {
			errors.rejectValue("person", "statement.person.required");
		}
		else if (this.newPerson.isFilled() && this.person != null) {
			errors.rejectValue("person", "statement.person.both");
		}
	}

	@Override
	protected boolean citesOneSource() {
		return true;
	}

	public void setNewPerson(NewPersonForm newPerson) {
		this.newPerson = (newPerson != null) ? newPerson : new NewPersonForm();
	}

}
