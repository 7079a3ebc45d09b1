package org.sanctuarytracker.reading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanctuarytracker.designation.Designation;
import org.sanctuarytracker.designation.DesignationService;
import org.sanctuarytracker.funding.FundingExposure;
import org.sanctuarytracker.funding.FundingExposureService;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.indicator.Indicator;
import org.sanctuarytracker.indicator.IndicatorService;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.policy.Policy;
import org.sanctuarytracker.policy.PolicyService;
import org.sanctuarytracker.policy.PolicyTimeline;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.source.Cited;
import org.sanctuarytracker.source.SourceNumbers;
import org.sanctuarytracker.statement.Statement;
import org.sanctuarytracker.statement.StatementService;
import org.sanctuarytracker.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a jurisdiction's profile from each feature's service: one query per section,
 * whatever the jurisdiction's size.
 */
@Service
@Transactional(readOnly = true)
public class JurisdictionProfileService {

	private final JurisdictionService jurisdictions;

	private final PolicyService policies;

	private final StatementService statements;

	private final FundingExposureService funding;

	private final IndicatorService indicators;

	private final DesignationService designations;

	private final HistoryService history;

	private final Clock clock;

	JurisdictionProfileService(JurisdictionService jurisdictions, PolicyService policies, StatementService statements,
			FundingExposureService funding, IndicatorService indicators, DesignationService designations,
			HistoryService history, Clock clock) {
		this.history = history;
		this.jurisdictions = jurisdictions;
		this.policies = policies;
		this.statements = statements;
		this.funding = funding;
		this.indicators = indicators;
		this.designations = designations;
		this.clock = clock;
	}

	public ProfilePage profile(String slug) {
		Jurisdiction jurisdiction = this.jurisdictions.getProfileHeader(slug);
		Page<Policy> timeline = this.policies.timeline(jurisdiction, first(ProfileSection.POLICIES));
		Page<Policy> aimedAt = this.policies.aimedAt(jurisdiction, first(ProfileSection.AIMED_AT));
		Page<Statement> said = this.statements.about(jurisdiction, first(ProfileSection.STATEMENTS));
		Page<FundingExposure> exposure = this.funding.forJurisdiction(jurisdiction, first(ProfileSection.FUNDING));
		Page<Indicator> figures = this.indicators.forJurisdiction(jurisdiction, first(ProfileSection.INDICATORS));
		Page<Designation> lists = this.designations.forJurisdiction(jurisdiction, first(ProfileSection.DESIGNATIONS));
		SourceNumbers sources = sourcesShown(jurisdiction, timeline, aimedAt, said, exposure, figures, lists);
		LocalDate today = LocalDate.now(this.clock);
		return new ProfilePage(jurisdiction, this.jurisdictions.children(jurisdiction, first(ProfileSection.PLACES)),
				timeline, aimedAt, provisionsInForce(this.policies.inForce(jurisdiction, today), today), said, exposure,
				figures, lists, sources, this.history.lastChange(jurisdiction.getId()).orElse(null),
				PolicyTimeline.of(timeline, today));
	}

	/**
	 * A jurisdiction as a comparison shows it: a fixed number of queries, the first few
	 * facts of each kind.
	 */
	public ComparedPlace compared(String slug) {
		Jurisdiction jurisdiction = this.jurisdictions.getProfileHeader(slug);
		LocalDate today = LocalDate.now(this.clock);
		return new ComparedPlace(jurisdiction, provisionsInForce(this.policies.inForce(jurisdiction, today), today),
				this.policies.timeline(jurisdiction, PageRequest.of(0, ComparedPlace.POLICIES)),
				this.funding.forJurisdiction(jurisdiction, PageRequest.of(0, ComparedPlace.FUNDING)),
				this.indicators.forJurisdiction(jurisdiction, PageRequest.of(0, ComparedPlace.INDICATORS)),
				this.statements.about(jurisdiction, PageRequest.of(0, ComparedPlace.STATEMENTS)));
	}

	/**
	 * Everything attached to a jurisdiction from the current tables, unpaginated, as the
	 * API's profile document holds it (the API reads it from the history, which the tests
	 * compare with this).
	 */
	public JurisdictionProfile complete(String slug) {
		Jurisdiction jurisdiction = this.jurisdictions.getProfileHeader(slug);
		Pageable all = Pageable.unpaged();
		List<Policy> timeline = this.policies.timeline(jurisdiction, all).getContent();
		List<Policy> aimedAt = this.policies.aimedAt(jurisdiction, all).getContent();
		List<Statement> said = this.statements.about(jurisdiction, all).getContent();
		List<FundingExposure> exposure = this.funding.forJurisdiction(jurisdiction, all).getContent();
		List<Indicator> figures = this.indicators.forJurisdiction(jurisdiction, all).getContent();
		List<Designation> lists = this.designations.forJurisdiction(jurisdiction, all).getContent();
		return JurisdictionProfile.of(jurisdiction, timeline, aimedAt, said, exposure, figures, lists,
				LocalDate.now(this.clock), this.history.lastChange(jurisdiction.getId()).orElse(null));
	}

	/**
	 * One page of one of the profile's lists; a 404 for a page past the end, as for any
	 * address that shows nothing.
	 */
	public SectionPage section(String slug, ProfileSection section, int pageNumber) {
		Jurisdiction jurisdiction = this.jurisdictions.getProfileHeader(slug);
		PageRequest page = PageRequest.of(pageNumber - 1, ProfileSection.PAGE_SIZE);
		Page<?> items = switch (section) {
			case POLICIES -> this.policies.timeline(jurisdiction, page);
			case AIMED_AT -> this.policies.aimedAt(jurisdiction, page);
			case STATEMENTS -> this.statements.about(jurisdiction, page);
			case FUNDING -> this.funding.forJurisdiction(jurisdiction, page);
			case INDICATORS -> this.indicators.forJurisdiction(jurisdiction, page);
			case DESIGNATIONS -> this.designations.forJurisdiction(jurisdiction, page);
			case PLACES -> this.jurisdictions.children(jurisdiction, page);
		};
		if (items.isEmpty() && pageNumber > 1) {
			throw new NotFoundException("page", slug + "/" + section.path() + "?page=" + pageNumber);
		}
		SourceNumbers sources = new SourceNumbers();
		for (Object item : items) {
			if (item instanceof Cited fact) {
				sources.add(fact);
			}
		}
		return new SectionPage(jurisdiction, section, items, sources);
	}

	/**
	 * The sources a profile's shown facts cite, numbered in the order the page shows the
	 * facts: the assessment's first, then each list's first page.
	 */
	static SourceNumbers sourcesShown(Jurisdiction jurisdiction, Page<Policy> policies, Page<Policy> aimedAt,
			Page<Statement> statements, Page<FundingExposure> funding, Page<Indicator> indicators,
			Page<Designation> designations) {
		return new SourceNumbers().addSources(jurisdiction.getStatusSources())
			.add(policies.getContent())
			.add(aimedAt.getContent())
			.add(statements.getContent())
			.add(funding.getContent())
			.add(indicators.getContent())
			.add(designations.getContent());
	}

	private static PageRequest first(ProfileSection section) {
		return PageRequest.of(0, section.onProfile());
	}

	static Map<Provision, List<Policy>> provisionsInForce(List<Policy> timeline, LocalDate today) {
		Map<Provision, List<Policy>> inForce = new EnumMap<>(Provision.class);
		for (Policy policy : timeline) {
			if (policy.isInForce(today)) {
				for (Provision provision : policy.getProvisions()) {
					inForce.computeIfAbsent(provision, (p) -> new ArrayList<>()).add(policy);
				}
			}
		}
		return inForce;
	}

}
