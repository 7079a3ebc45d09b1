package org.sanctuarytracker.jurisdiction;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.sanctuarytracker.source.CitingForm;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.PartialDate;
import org.sanctuarytracker.system.Slugs;
import org.springframework.validation.Errors;

/**
 * A jurisdiction as an editor types it, with its status assessment and the sources the
 * assessment relies on (optional).
 */
@Getter
@Setter
public class JurisdictionForm extends CitingForm {

	@NotNull
	private JurisdictionKind kind;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Pattern(regexp = Slugs.PATTERN, message = "{slug.invalid}")
	@Size(max = 100)
	private String slug;

	@Pattern(regexp = "[A-Za-z]{2}", message = "{filter.state.invalid}")
	private String stateCode;

	private String parent;

	@Pattern(regexp = "[0-9]{2}([0-9]{3}|[0-9]{5})?", message = "{jurisdiction.geoid.invalid}")
	private String geoid;

	@Pattern(regexp = "ocd-division/country:[a-z]{2}(/[a-z_]+:[^/\\s]+)*", message = "{jurisdiction.ocdId.invalid}")
	private String ocdId;

	@Min(0)
	private Long population;

	@Min(1790)
	@Max(2100)
	private Integer populationYear;

	@DecimalMin("-90")
	@DecimalMax("90")
	private BigDecimal latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	private BigDecimal longitude;

	@Size(max = 5000)
	private String summary;

	@NotNull
	private JurisdictionStatus status = JurisdictionStatus.UNASSESSED;

	@Size(max = 5000)
	private String statusRationale;

	private PartialDate statusAsOf;

	public JurisdictionForm() {
	}

	public JurisdictionForm(Jurisdiction jurisdiction) {
		this.kind = jurisdiction.getKind();
		this.name = jurisdiction.getName();
		this.slug = jurisdiction.getSlug();
		this.stateCode = jurisdiction.getStateCode();
		this.parent = (jurisdiction.getParent() != null) ? jurisdiction.getParent().getSlug() : null;
		this.geoid = jurisdiction.getGeoid();
		this.ocdId = jurisdiction.getOcdId();
		this.population = jurisdiction.getPopulation();
		this.populationYear = jurisdiction.getPopulationYear();
		this.latitude = jurisdiction.getLatitude();
		this.longitude = jurisdiction.getLongitude();
		this.summary = jurisdiction.getSummary();
		this.status = jurisdiction.getStatus();
		this.statusRationale = jurisdiction.getStatusRationale();
		this.statusAsOf = jurisdiction.getStatusAsOf();
		jurisdiction.getStatusSources().stream().map(Source::getId).forEach(getSourceIds()::add);
		setVersion(jurisdiction.getVersion());
	}

	/**
	 * The rules the database also enforces, checked first so the editor sees them at the
	 * field.
	 */
	@Override
	public void checkRules(Errors errors) {
		super.checkRules(errors);
		Slugs.rejectReserved(errors, this.slug, this.name);
		if (this.status != null && this.status != JurisdictionStatus.UNASSESSED) {
			if (this.statusRationale == null) {
				errors.rejectValue("statusRationale", "jurisdiction.status.rationaleRequired");
			}
			if (this.statusAsOf == null) {
				errors.rejectValue("statusAsOf", "jurisdiction.status.asOfRequired");
			}
		}
		if ((this.kind == JurisdictionKind.NATION) != (this.stateCode == null)) {
			errors.rejectValue("stateCode", "jurisdiction.stateCode.byKind");
		}
		if ((this.population == null) != (this.populationYear == null)) {
			errors.rejectValue("populationYear", "jurisdiction.population.withYear");
		}
		if ((this.latitude == null) != (this.longitude == null)) {
			errors.rejectValue("longitude", "jurisdiction.coordinates.both");
		}
	}

	/** An assessment may stand on no source yet (unassessed places cite none). */
	@Override
	protected boolean requiresSource() {
		return false;
	}

	String slugOrFromName() {
		return Slugs.orFromName(this.slug, this.name);
	}

	public void setStateCode(String stateCode) {
		this.stateCode = (stateCode != null) ? stateCode.toUpperCase(java.util.Locale.ROOT) : null;
	}

	/** An assessment's sources: those already cited for the jurisdiction come first. */
	@Override
	public Long citedForJurisdictionId() {
		return getRecordId();
	}

}
