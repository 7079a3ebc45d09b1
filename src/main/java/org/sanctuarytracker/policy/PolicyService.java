package org.sanctuarytracker.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.EditableRecords;
import org.sanctuarytracker.editing.StaleEditException;
import org.sanctuarytracker.history.EditSummary;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.source.SourceService;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.PagesOfIds;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policies for pages: a jurisdiction's timeline, one policy's detail, the latest adopted.
 */
@Service
@Transactional(readOnly = true)
public class PolicyService implements EditableRecords<Policy, PolicyForm> {

	/**
	 * Newest first; policies without an adoption date (not yet adopted, or undated) last.
	 */
	static final Comparator<Policy> TIMELINE_ORDER = Comparator
		.comparing(Policy::getAdoptedOn,
				Comparator.nullsLast(Comparator.comparing(PartialDate::date, Comparator.reverseOrder())))
		.thenComparing(Policy::getId, Comparator.reverseOrder());

	private final PolicyRepository policies;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	PolicyService(PolicyRepository policies, JurisdictionService jurisdictions, SourceService sources) {
		this.policies = policies;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
	}

	@Transactional
	@Override
	public Policy create(PolicyForm form) {
		EditSummary.set(form.getEditSummary());
		Policy policy = new Policy(this.jurisdictions.chosenIn(form), form.getInstrument(), form.getStatus(),
				form.getTitle());
		copy(form, policy);
		return this.policies.saveAndFlush(policy);
	}

	@Transactional
	@Override
	public Policy update(long id, PolicyForm form) {
		Policy policy = get(id);
		StaleEditException.check(policy, form.getVersion(), "policy");
		EditSummary.set(form.getEditSummary());
		policy.edit(this.jurisdictions.chosenIn(form), form.getInstrument(), form.getStatus(), form.getTitle());
		copy(form, policy);
		return this.policies.saveAndFlush(policy);
	}

	@Transactional
	@Override
	public void delete(long id, DeleteForm form) {
		Policy policy = get(id);
		StaleEditException.check(policy, form.getVersion(), "policy");
		EditSummary.set(form.getEditSummary());
		this.policies.delete(policy);
		this.policies.flush();
	}

	private void copy(PolicyForm form, Policy policy) {
		policy.getProvisions().clear();
		policy.getProvisions().addAll(form.getProvisions());
		policy.setSummary(form.getSummary());
		policy.setAdoptedOn(form.getAdoptedOn());
		policy.setEffectiveOn(form.getEffectiveOn());
		policy.setEndedOn(form.getEndedOn());
		policy.setVote(form.getVote());
		policy.setAmount(form.getAmountUsd(), form.getAmountQualifier());
		policy.setCarveOuts(form.getCarveOuts());
		policy.cite(this.sources.cited(form));
		policy.aimAt(form.targetSlugs().stream().map(this.jurisdictions::getBySlug).toList());
	}

	/** One page of a jurisdiction's timeline. */
	public Page<Policy> timeline(Jurisdiction jurisdiction, Pageable page) {
		return PagesOfIds.load(this.policies.findTimelineIds(jurisdiction, page), this.policies::findWithDetails);
	}

	/** One page of what other jurisdictions did that names this one as a target. */
	public Page<Policy> aimedAt(Jurisdiction jurisdiction, Pageable page) {
		return PagesOfIds.load(this.policies.findAimedAtIds(jurisdiction, page), this.policies::findWithDetails);
	}

	/** A jurisdiction's policies in force on the day, in timeline order. */
	public List<Policy> inForce(Jurisdiction jurisdiction, LocalDate today) {
		return this.policies.findInForce(jurisdiction, today).stream().sorted(TIMELINE_ORDER).toList();
	}

	@Override
	public Policy get(long id) {
		return this.policies.findDetail(id).orElseThrow(() -> new NotFoundException("policy", id));
	}

	public List<Policy> latest(int count) {
		return this.policies.findLatest(Limit.of(count));
	}

	/** The first {@code max} facts that cite the source. */
	public List<Policy> citing(Source source, int max) {
		return this.policies.findCiting(source, Limit.of(max));
	}

}
