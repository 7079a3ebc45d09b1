package org.sanctuarytracker.policy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.sanctuarytracker.indicator.ValueQualifier;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionFactForm;
import org.sanctuarytracker.system.AmountInWords;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.validation.Errors;

/**
 * A policy as an editor types it: instrument, status, dates at the precision known, vote,
 * amount, carve-outs, the provisions it carries and the sources behind it.
 */
@Getter
@Setter
public class PolicyForm extends JurisdictionFactForm {

	@NotNull
	private PolicyInstrument instrument;

	@NotNull
	private PolicyStatus status;

	@NotBlank
	@Size(max = 500)
	private String title;

	@Size(max = 5000)
	private String summary;

	private PartialDate adoptedOn;

	private PartialDate effectiveOn;

	private PartialDate endedOn;

	@Size(max = 100)
	private String vote;

	@DecimalMin("0")
	@Digits(integer = 13, fraction = 2)
	@AmountInWords(AmountInWords.Kind.DOLLARS)
	private BigDecimal amountUsd;

	private ValueQualifier amountQualifier;

	@Size(max = 5000)
	private String carveOuts;

	private Set<Provision> provisions = EnumSet.noneOf(Provision.class);

	// Slugs, as typed: a choice among thousands of jurisdictions is made by typing, not
	// by a list of all of them.
	@Size(max = 2000)
	private String targets;

	public PolicyForm() {
	}

	public PolicyForm(Policy policy) {
		showFact(policy);
		this.instrument = policy.getInstrument();
		this.status = policy.getStatus();
		this.title = policy.getTitle();
		this.summary = policy.getSummary();
		this.adoptedOn = policy.getAdoptedOn();
		this.effectiveOn = policy.getEffectiveOn();
		this.endedOn = policy.getEndedOn();
		this.vote = policy.getVote();
		this.amountUsd = policy.getAmountUsd();
		this.amountQualifier = policy.getAmountQualifier();
		this.carveOuts = policy.getCarveOuts();
		this.provisions = EnumSet.noneOf(Provision.class);
		this.provisions.addAll(policy.getProvisions());
		this.targets = policy.getTargets().isEmpty() ? null
				: String.join(" ", policy.getTargets().stream().map(Jurisdiction::getSlug).toList());
	}

	/** The target slugs typed, separated by spaces, commas or semicolons. */
	List<String> targetSlugs() {
		return (this.targets == null) ? List.of()
				: Arrays.stream(this.targets.split("[\\s,;]+")).filter((slug) -> !slug.isEmpty()).distinct().toList();
	}

	@Override
	public void checkRules(Errors errors) {
		super.checkRules(errors);
		if (this.adoptedOn != null && this.endedOn != null && this.endedOn.date().isBefore(this.adoptedOn.date())) {
			errors.rejectValue("endedOn", "policy.endedBeforeAdopted");
		}
	}

	public void setProvisions(Set<Provision> provisions) {
		this.provisions = (provisions != null) ? provisions : EnumSet.noneOf(Provision.class);
	}

}
