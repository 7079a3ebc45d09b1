package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
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
class PolicyRows extends CitedFactRows {

	private static final String FETCH = "left join fetch e.provisions left join fetch e.sources left join fetch e.targets";

	private final PolicyService policies;

	PolicyRows(FormCheck forms, PolicyService policies) {
		super(forms);
		this.policies = policies;
	}

	@Override
	public String table() {
		return "policies";
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("jurisdiction_id|jurisdiction_slug", "instrument", "status", "title", "source_ids");
	}

	@Override
	public Planned plan(Row row, ImportContext context) {
		Long id = row.integer("id");
		Policy current = context.record(row, id, Policy.class, FETCH);
		if (id != null && current == null) {
			row.reject("id", "import.problem.noSuchId", String.valueOf(id));
		}
		boolean old = current != null;
		Changes changes = new Changes(row, current);
		Jurisdiction jurisdiction = changes.value("jurisdiction_id", "jurisdiction_slug",
				context.jurisdiction(row, "jurisdiction_id", "jurisdiction_slug", !old),
				old ? current.getJurisdiction() : null);
		PolicyInstrument instrument = changes.value("instrument", row.code("instrument", PolicyInstrument.class),
				old ? current.getInstrument() : null);
		PolicyStatus status = changes.value("status", row.code("status", PolicyStatus.class),
				old ? current.getStatus() : null);
		String title = changes.value("title", row.text("title"), old ? current.getTitle() : null);
		String summary = changes.value("summary", row.text("summary"), old ? current.getSummary() : null);
		PartialDate adoptedOn = changes.value("adopted_on", row.partialDate("adopted_on"),
				old ? current.getAdoptedOn() : null);
		PartialDate effectiveOn = changes.value("effective_on", row.partialDate("effective_on"),
				old ? current.getEffectiveOn() : null);
		PartialDate endedOn = changes.value("ended_on", row.partialDate("ended_on"), old ? current.getEndedOn() : null);
		String vote = changes.value("vote", row.text("vote"), old ? current.getVote() : null);
		BigDecimal amount = changes.value("amount_usd", row.decimal("amount_usd"), old ? current.getAmountUsd() : null);
		// A file without the column (an older export) leaves an update's hedge as it is
		// and creates exact amounts.
		ValueQualifier amountQualifier = changes.value("amount_qualifier",
				row.code("amount_qualifier", ValueQualifier.class), old ? current.getAmountQualifier() : null);
		if (amountQualifier != null && amount == null && row.inHeader("amount_qualifier")) {
			row.reject("amount_qualifier", "import.problem.givenWithout", "amount_usd");
		}
		String carveOuts = changes.value("carve_outs", row.text("carve_outs"), old ? current.getCarveOuts() : null);
		Set<Provision> provisions = changes.value("provisions", provisions(row),
				old ? Set.copyOf(current.getProvisions()) : null);
		Set<Jurisdiction> targets = changes.value("target_ids", Set.copyOf(context.jurisdictions(row, "target_ids")),
				old ? Set.copyOf(current.getTargets()) : null);
		Set<Source> sources = changes.value("source_ids", Set.copyOf(context.sources(row, "source_ids")),
				old ? Set.copyOf(current.getSources()) : null);
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
		String label = String.valueOf(title);
		if (!row.isValid()) {
			return Planned.reject(row, label);
		}
		if (current == null) {
			Policy created = this.policies.filled(null, form, jurisdiction, sources, targets);
			return Planned.create(row.line(), label, () -> context.persist(created));
		}
		if (changes.none()) {
			return Planned.unchanged(row.line(), label);
		}
		return Planned.update(row.line(), label, changes.described(),
				() -> this.policies.filled(current, form, jurisdiction, sources, targets));
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
