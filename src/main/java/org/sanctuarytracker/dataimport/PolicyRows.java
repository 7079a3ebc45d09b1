package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.policy.Policy;
import org.sanctuarytracker.policy.PolicyInstrument;
import org.sanctuarytracker.policy.PolicyStatus;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.stereotype.Component;

import static org.sanctuarytracker.dataimport.RowImporter.same;

/**
 * Imports policies.csv rows, provisions and cited sources included.
 */
@Component
class PolicyRows implements RowImporter {

	private static final String FETCH = "left join fetch e.provisions left join fetch e.sources";

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
		Policy current = (id != null) ? context.all(Policy.class, FETCH).get(id) : null;
		if (id != null && current == null) {
			row.reject("id: no policy with id " + id);
		}
		Jurisdiction jurisdiction = context.jurisdiction(row, "jurisdiction_id", "jurisdiction_slug", true);
		PolicyInstrument instrument = row.code("instrument", PolicyInstrument.class, true);
		PolicyStatus status = row.code("status", PolicyStatus.class, true);
		String title = row.requiredText("title");
		String summary = row.text("summary");
		PartialDate adoptedOn = row.partialDate("adopted_on", false);
		PartialDate effectiveOn = row.partialDate("effective_on", false);
		PartialDate endedOn = row.partialDate("ended_on", false);
		if (adoptedOn != null && endedOn != null && endedOn.date().isBefore(adoptedOn.date())) {
			row.reject("ended_on: before adopted_on");
		}
		String vote = row.text("vote");
		BigDecimal amount = row.decimal("amount_usd");
		if (amount != null && amount.signum() < 0) {
			row.reject("amount_usd: cannot be negative");
		}
		String carveOuts = row.text("carve_outs");
		Set<Provision> provisions = EnumSet.noneOf(Provision.class);
		for (String code : row.list("provisions")) {
			try {
				provisions.add(Provision.valueOf(code));
			}
			catch (IllegalArgumentException ex) {
				row.reject("provisions: unknown code \"" + code + "\"");
			}
		}
		List<Source> sources = context.sources(row, "source_ids", false);
		String label = String.valueOf(title);
		if (!row.isValid()) {
			return Planned.reject(row, label);
		}
		if (current == null) {
			Policy created = new Policy(jurisdiction, instrument, status, title);
			fill(created, summary, adoptedOn, effectiveOn, endedOn, vote, amount, carveOuts, provisions, sources);
			return Planned.create(row.line(), label, () -> context.persist(created));
		}
		boolean unchanged = current.getJurisdiction() == jurisdiction && same(current.getInstrument(), instrument)
				&& same(current.getStatus(), status) && same(current.getTitle(), title)
				&& same(current.getSummary(), summary) && same(current.getAdoptedOn(), adoptedOn)
				&& same(current.getEffectiveOn(), effectiveOn) && same(current.getEndedOn(), endedOn)
				&& same(current.getVote(), vote) && same(current.getAmountUsd(), amount)
				&& same(current.getCarveOuts(), carveOuts) && current.getProvisions().equals(provisions)
				&& Set.copyOf(current.getSources()).equals(Set.copyOf(sources));
		if (unchanged) {
			return Planned.unchanged(row.line(), label);
		}
		return Planned.update(row.line(), label, () -> {
			current.edit(jurisdiction, instrument, status, title);
			fill(current, summary, adoptedOn, effectiveOn, endedOn, vote, amount, carveOuts, provisions, sources);
		});
	}

	private static void fill(Policy policy, String summary, PartialDate adoptedOn, PartialDate effectiveOn,
			PartialDate endedOn, String vote, BigDecimal amount, String carveOuts, Set<Provision> provisions,
			List<Source> sources) {
		policy.setSummary(summary);
		policy.setAdoptedOn(adoptedOn);
		policy.setEffectiveOn(effectiveOn);
		policy.setEndedOn(endedOn);
		policy.setVote(vote);
		policy.setAmountUsd(amount);
		policy.setCarveOuts(carveOuts);
		policy.getProvisions().clear();
		policy.getProvisions().addAll(provisions);
		policy.cite(sources);
	}

}
