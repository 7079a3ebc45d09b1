package org.sanctuarytracker.funding;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.sanctuarytracker.jurisdiction.JurisdictionFactForm;
import org.sanctuarytracker.system.AmountInWords;
import org.springframework.validation.Errors;

/**
 * Federal money at risk as an editor types it: an amount, a share of the budget, or both.
 */
@Getter
@Setter
public class FundingExposureForm extends JurisdictionFactForm {

	@Min(1900)
	@Max(2100)
	private Integer fiscalYear;

	@NotBlank
	@Size(max = 200)
	private String program;

	@DecimalMin("0")
	@Digits(integer = 13, fraction = 2)
	@AmountInWords(AmountInWords.Kind.DOLLARS)
	private BigDecimal amountAtRiskUsd;

	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	@AmountInWords(AmountInWords.Kind.PERCENT)
	private BigDecimal shareOfBudgetPct;

	@DecimalMin("0")
	@Digits(integer = 13, fraction = 2)
	@AmountInWords(AmountInWords.Kind.DOLLARS)
	private BigDecimal totalBudgetUsd;

	@NotNull
	private FundingStatus status;

	@Size(max = 5000)
	private String notes;

	public FundingExposureForm() {
	}

	public FundingExposureForm(FundingExposure exposure) {
		showFact(exposure);
		this.fiscalYear = exposure.getFiscalYear();
		this.program = exposure.getProgram();
		this.amountAtRiskUsd = exposure.getAmountAtRiskUsd();
		this.shareOfBudgetPct = exposure.getShareOfBudgetPct();
		this.totalBudgetUsd = exposure.getTotalBudgetUsd();
		this.status = exposure.getStatus();
		this.notes = exposure.getNotes();
	}

	@Override
	public void checkRules(Errors errors) {
		super.checkRules(errors);
		// An amount or a share that could not be read has its own message already.
		if (this.amountAtRiskUsd == null && this.shareOfBudgetPct == null && !errors.hasFieldErrors("amountAtRiskUsd")
				&& !errors.hasFieldErrors("shareOfBudgetPct")) {
			errors.rejectValue("amountAtRiskUsd", "funding.amountOrShare");
		}
	}

}
