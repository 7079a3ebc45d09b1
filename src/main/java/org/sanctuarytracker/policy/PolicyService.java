package org.sanctuarytracker.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.EditableRecords;
import org.sanctuarytracker.editing.RecordSaves;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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

	@Transactional
	@Override
	public Policy create(PolicyForm form) {
		EditSummary.set(form.getEditSummary());
		return this.policies.saveAndFlush(
				filled(null, form, this.jurisdictions.chosenIn(form), this.sources.cited(form), targetsOf(form)));
	}

	@Transactional
	@Override
	public Policy update(long id, PolicyForm form) {
		Policy policy = RecordSaves.editing(get(id), form, "policy");
		return this.policies.saveAndFlush(
				filled(policy, form, this.jurisdictions.chosenIn(form), this.sources.cited(form), targetsOf(form)));
	}

	@Transactional
	@Override
	public void delete(long id, DeleteForm form) {
		RecordSaves.delete(this.policies, get(id), form, "policy");
	}

	/**
	 * The policy the form describes, filed under the jurisdiction, citing the sources and
	 * aimed at the targets (the records the form names, found already): a new one, or
	 * {@code policy} changed. The page's save and the import both make a policy so.
	 */
	public Policy filled(Policy policy, PolicyForm form, Jurisdiction jurisdiction, Collection<Source> sources,
			Collection<Jurisdiction> targets) {
		Policy filled = (policy != null) ? policy
				: new Policy(jurisdiction, form.getInstrument(), form.getStatus(), form.getTitle());
		filled.edit(jurisdiction, form.getInstrument(), form.getStatus(), form.getTitle());
		filled.getProvisions().clear();
		filled.getProvisions().addAll(form.getProvisions());
		filled.setSummary(form.getSummary());
		filled.setAdoptedOn(form.getAdoptedOn());
		filled.setEffectiveOn(form.getEffectiveOn());
		filled.setEndedOn(form.getEndedOn());
		filled.setVote(form.getVote());
		filled.setAmount(form.getAmountUsd(), form.getAmountQualifier());
		filled.setCarveOuts(form.getCarveOuts());
		filled.cite(sources);
		filled.aimAt(targets);
		return filled;
	}

	private List<Jurisdiction> targetsOf(PolicyForm form) {
		return form.targetSlugs().stream().map(this.jurisdictions::getBySlug).toList();
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
