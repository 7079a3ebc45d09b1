package org.sanctuarytracker.indicator;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.sanctuarytracker.jurisdiction.JurisdictionFactForm;
import org.sanctuarytracker.system.AmountInWords;
import org.sanctuarytracker.system.PartialDate;

/**
 * A dated figure as an editor types it, with the hedge its source puts on it.
 */
@Getter
@Setter
public class IndicatorForm extends JurisdictionFactForm {

	@NotNull
	private @Nullable Metric metric;

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 18, fraction = 2)
	@AmountInWords(AmountInWords.Kind.FIGURE)
	private @Nullable BigDecimal value;

	@NotNull
	private ValueQualifier valueQualifier = ValueQualifier.EXACT;

	@NotNull
	private @Nullable PartialDate asOf;

	@Size(max = 5000)
	private @Nullable String notes;

	public IndicatorForm() {
	}

	public IndicatorForm(Indicator indicator) {
		showFact(indicator);
		this.metric = indicator.getMetric();
		this.value = indicator.getValue();
		this.valueQualifier = indicator.getValueQualifier();
		this.asOf = indicator.getAsOf();
		this.notes = indicator.getNotes();
	}

}
