package org.sanctuarytracker.person;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.sanctuarytracker.editing.EditForm;
import org.sanctuarytracker.system.Slugs;

/**
 * A person as an editor types them. The slug is made from the name when left empty.
 */
@Getter
@Setter
public class PersonForm extends EditForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Pattern(regexp = Slugs.PATTERN, message = "{slug.invalid}")
	@Size(max = 100)
	private String slug;

	@Size(max = 100)
	private String party;

	@Size(max = 200)
	private String currentTitle;

	private String jurisdiction;

	@Size(max = 200)
	private String organization;

	private Long partySourceId;

	private List<@Valid TermForm> terms = new ArrayList<>();

	public PersonForm() {
	}

	public PersonForm(Person person) {
		this.name = person.getName();
		this.slug = person.getSlug();
		this.party = person.getParty();
		this.currentTitle = person.getCurrentTitle();
		this.jurisdiction = (person.getJurisdiction() != null) ? person.getJurisdiction().getSlug() : null;
		this.organization = person.getOrganization();
		this.partySourceId = (person.getPartySource() != null) ? person.getPartySource().getId() : null;
		this.terms = new ArrayList<>(person.getTerms().stream().map(TermForm::new).toList());
		setVersion(person.getVersion());
	}

	/**
	 * A slug (typed or made from the name) the site's addresses do not use; a party cites
	 * its source; a term needs a title and a source, and ends no earlier than it began.
	 */
	@Override
	public void checkRules(org.springframework.validation.Errors errors) {
		super.checkRules(errors);
		Slugs.rejectReserved(errors, this.slug, this.name);
		if (this.partySourceId != null && this.party == null) {
			errors.rejectValue("party", "person.partySourceWithoutParty");
		}
		for (int i = 0; i < this.terms.size(); i++) {
			TermForm term = this.terms.get(i);
			if (term.isEmpty()) {
				continue;
			}
			if (term.getTitle() == null) {
				errors.rejectValue("terms[" + i + "].title", "person.termTitleRequired");
			}
			if (term.getSourceId() == null) {
				errors.rejectValue("terms[" + i + "].sourceId", "person.termSourceRequired");
			}
			if (term.getHeldFrom() != null && term.getHeldTo() != null
					&& term.getHeldTo().date().isBefore(term.getHeldFrom().date())) {
				errors.rejectValue("terms[" + i + "].heldTo", "person.termEndsBeforeStart");
			}
		}
	}

	/** The rows an editor filled in; empty rows (the form offers one) are no term. */
	List<TermForm> filledTerms() {
		return this.terms.stream().filter((term) -> !term.isEmpty()).toList();
	}

	String slugOrFromName() {
		return Slugs.orFromName(this.slug, this.name);
	}

	public void setTerms(List<TermForm> terms) {
		this.terms = (terms != null) ? terms : new ArrayList<>();
	}

}
