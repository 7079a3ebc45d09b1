package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import org.sanctuarytracker.indicator.ValueQualifier;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.policy.Policy;
import org.sanctuarytracker.policy.PolicyForm;
import org.sanctuarytracker.policy.PolicyInstrument;
import org.sanctuarytracker.policy.PolicyService;
import org.sanctuarytracker.policy.PolicyStatus;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.stereotype.Component;

/**
 * Imports policies.csv rows, provisions and cited sources included.
 */
@Component
@ImportsTable(value = "policies",
		required = { "jurisdiction_id|jurisdiction_slug", "instrument", "status", "title", "source_ids" })
class PolicyRows extends CitedFactRows {

	private static final String FETCH = "left join fetch e.provisions left join fetch e.sources left join fetch e.targets";

	private final PolicyService policies;

	PolicyRows(FormCheck forms, PolicyService policies) {
		super(forms);
		this.policies = policies;
	}

	@Override
	public Planned plan(Row row, ImportContext context) {
		Changes<Policy> changes = Changes.of(row, context, Policy.class, FETCH);
		Jurisdiction jurisdiction = jurisdiction(row, context, changes);
		PolicyInstrument instrument = changes.value("instrument", row.code("instrument", PolicyInstrument.class),
				Policy::getInstrument);
		PolicyStatus status = changes.value("status", row.code("status", PolicyStatus.class), Policy::getStatus);
		String title = changes.value("title", row.text("title"), Policy::getTitle);
		String summary = changes.value("summary", row.text("summary"), Policy::getSummary);
		PartialDate adoptedOn = changes.value("adopted_on", row.partialDate("adopted_on"), Policy::getAdoptedOn);
		PartialDate effectiveOn = changes.value("effective_on", row.partialDate("effective_on"),
				Policy::getEffectiveOn);
		PartialDate endedOn = changes.value("ended_on", row.partialDate("ended_on"), Policy::getEndedOn);
		String vote = changes.value("vote", row.text("vote"), Policy::getVote);
		BigDecimal amount = changes.value("amount_usd", row.decimal("amount_usd"), Policy::getAmountUsd);
		// A file without the column (an older export) leaves an update's hedge as it is
		// and creates exact amounts.
		ValueQualifier amountQualifier = changes.value("amount_qualifier",
				row.code("amount_qualifier", ValueQualifier.class), Policy::getAmountQualifier);
		if (amountQualifier != null && amount == null && row.inHeader("amount_qualifier")) {
			row.reject("amount_qualifier", "import.problem.givenWithout", "amount_usd");
		}
		String carveOuts = changes.value("carve_outs", row.text("carve_outs"), Policy::getCarveOuts);
		Set<Provision> provisions = changes.value("provisions", provisions(row),
				(record) -> Set.copyOf(record.getProvisions()));
		Set<Jurisdiction> targets = changes.value("target_ids", Set.copyOf(context.jurisdictions(row, "target_ids")),
				(record) -> Set.copyOf(record.getTargets()));
		Set<Source> sources = sources(row, context, changes);
		PolicyForm form = new PolicyForm();
		form.setInstrument(instrument);
		form.setStatus(status);
		form.setTitle(title);
		form.setSummary(summary);
		form.setAdoptedOn(adoptedOn);
		form.setEffectiveOn(effectiveOn);
		form.setEndedOn(endedOn);
		form.setVote(vote);
		form.setAmountUsd(amount);
		form.setAmountQualifier(amountQualifier);
		form.setCarveOuts(carveOuts);
		form.setProvisions(provisions);
		check(row, form, jurisdiction, sources);
		return changes.planned(title, () -> {
			Policy created = this.policies.filled(null, form, jurisdiction, sources, targets);
			return () -> context.persist(created);
		}, () -> this.policies.filled(changes.current(), form, jurisdiction, sources, targets));
	}

	private static Set<Provision> provisions(Row row) {
		Set<Provision> provisions = EnumSet.noneOf(Provision.class);
		for (String code : row.list("provisions")) {
			try {
				provisions.add(Provision.valueOf(code));
			}
			catch (IllegalArgumentException ex) {
				row.reject(Row.unknownCode("provisions", code, Provision.values()));
			}
		}
		return provisions;
	}

}
