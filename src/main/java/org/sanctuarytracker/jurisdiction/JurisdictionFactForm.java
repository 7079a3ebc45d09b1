package org.sanctuarytracker.jurisdiction;

import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;
import org.sanctuarytracker.source.Cited;
import org.sanctuarytracker.source.CitingForm;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.BaseEntity;

/**
 * A form for a fact filed under a jurisdiction (a policy, a statement, funding, a figure,
 * a designation). Beside the chosen slug it carries the id and slug of the jurisdiction
 * the form showed when it was opened: unless the editor picked another, the fact is filed
 * under that id, so a slug renamed, or taken by another jurisdiction, meanwhile cannot
 * move it.
 */
@Getter
@Setter
public abstract class JurisdictionFactForm extends CitingForm {

	/** The slug of the jurisdiction the fact is filed under, as the editor chose it. */
	@NotBlank
	private String jurisdiction;

	private Long jurisdictionId;

	private String jurisdictionShown;

	/**
	 * Opens the form on a stored fact: filed under its jurisdiction, citing its sources,
	 * and starting from its version. The fact's own fields are the form's to copy.
	 */
	protected <F extends BaseEntity & Cited & JurisdictionFact> void showFact(F fact) {
		showJurisdiction(fact.getJurisdiction());
		fact.getSources().stream().map(Source::getId).forEach(getSourceIds()::add);
		setVersion(fact.getVersion());
	}

	/** Opens the form on this jurisdiction. */
	public void showJurisdiction(Jurisdiction jurisdiction) {
		setJurisdiction(jurisdiction.getSlug());
		this.jurisdictionId = jurisdiction.getId();
		this.jurisdictionShown = jurisdiction.getSlug();
	}

	/**
	 * The jurisdiction the form was opened on is filed by its id while the field still
	 * shows its slug ({@link JurisdictionService#chosenIn}), even if that slug was
	 * renamed meanwhile.
	 */
	@Override
	public boolean keepsOpenedRecord(String field, String value) {
		return "jurisdiction".equals(field) && this.jurisdictionId != null
				&& java.util.Objects.equals(value, this.jurisdictionShown);
	}

	@Override
	public Long citedForJurisdictionId() {
		return this.jurisdictionId;
	}

}
