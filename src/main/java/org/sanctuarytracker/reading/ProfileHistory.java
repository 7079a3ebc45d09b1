package org.sanctuarytracker.reading;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.sanctuarytracker.designation.Designation;
import org.sanctuarytracker.funding.FundingExposure;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.indicator.Indicator;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.policy.Policy;
import org.sanctuarytracker.source.SourceNumbers;
import org.sanctuarytracker.statement.Statement;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A jurisdiction's profile as it stood at a revision, read from the revision history (the
 * *_aud tables, through Envers) like the exports: the jurisdiction as it was then, the
 * facts attached to it then, each with the sources it cited then, in the order the
 * profile page lists them. Children are left out: the API's profile does not list them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProfileHistory {

	// The orders of the profile's queries (PolicyRepository, StatementRepository, ...),
	// so the profile as of the newest revision equals the current one.
	private static final Comparator<Policy> POLICIES = Comparator
		.comparing(Policy::getAdoptedOn, Comparator.nullsLast(Comparator.comparing(PartialDate::date).reversed()))
		.thenComparing(Policy::getId, Comparator.reverseOrder());

	// As the page's query orders them: by the date said, else the source's date.
	private static final Comparator<Statement> STATEMENTS = Comparator
		.comparing(ProfileHistory::saidOrReported,
				Comparator.nullsLast(Comparator.comparing(PartialDate::date).reversed()))
		.thenComparing(Statement::getId, Comparator.reverseOrder());

	private static final Comparator<FundingExposure> FUNDING = Comparator
		.comparing(FundingExposure::getFiscalYear, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
		.thenComparing(FundingExposure::getProgram)
		.thenComparing(FundingExposure::getId);

	private static final Comparator<Indicator> INDICATORS = Comparator.comparing((Indicator i) -> i.getMetric().name())
		.thenComparing(Indicator::getAsOf, Comparator.comparing(PartialDate::date).reversed())
		.thenComparing(Indicator::getId);

	private static final Comparator<Designation> DESIGNATIONS = Comparator
		.comparing(Designation::getListedOn, Comparator.comparing(PartialDate::date).reversed())
		.thenComparing(Designation::getId);

	private final EntityManager entityManager;

	private final HistoryService history;

	/**
	 * The profile of the jurisdiction that had this slug at the revision, with the
	 * provisions in force on the given date, turned into a view inside the transaction
	 * (the history's records load their relations lazily); a 404 when no jurisdiction had
	 * the slug then.
	 */
	public <T> T profile(String slug, long revision, LocalDate date, String asOf,
			Function<JurisdictionProfile, T> view) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		List<?> found = (revision == 0) ? List.of()
				: reader.createQuery()
					.forEntitiesAtRevision(Jurisdiction.class, revision)
					.add(AuditEntity.property("slug").eq(slug))
					.getResultList();
		if (found.isEmpty()) {
			throw new NotFoundException("jurisdiction", slug + " as of " + asOf);
		}
		Jurisdiction jurisdiction = (Jurisdiction) found.get(0);
		List<Policy> timeline = attached(reader, Policy.class, revision, jurisdiction, POLICIES);
		List<Statement> said = attached(reader, Statement.class, revision, jurisdiction, STATEMENTS);
		List<FundingExposure> exposure = attached(reader, FundingExposure.class, revision, jurisdiction, FUNDING);
		List<Indicator> figures = attached(reader, Indicator.class, revision, jurisdiction, INDICATORS);
		List<Designation> lists = attached(reader, Designation.class, revision, jurisdiction, DESIGNATIONS);
		List<Policy> aimedAt = aimedAt(reader, revision, jurisdiction);
		return view.apply(JurisdictionProfile.of(jurisdiction, timeline, aimedAt, said, exposure, figures, lists, date,
				this.history.lastChange(jurisdiction.getId(), revision).orElse(null)));
	}

	/**
	 * The profile page as it stood at the revision: the first page of each list, as the
	 * current page shows it, and the places under it then (by name, the first page and
	 * how many in all). The records' relations are read from the history when the page
	 * touches them, so the page is rendered with the persistence context still open
	 * ({@link PastProfileReads}).
	 */
	public ProfilePage page(String slug, long revision, LocalDate date, String asOf) {
		return profile(slug, revision, date, asOf,
				(profile) -> firstPages(profile, children(revision, profile.jurisdiction())));
	}

	private static ProfilePage firstPages(JurisdictionProfile profile, Page<Jurisdiction> children) {
		Page<Policy> policies = first(profile.policies(), ProfileSection.POLICIES);
		Page<Policy> aimedAt = first(profile.aimedAt(), ProfileSection.AIMED_AT);
		Page<Statement> statements = first(profile.statements(), ProfileSection.STATEMENTS);
		Page<FundingExposure> funding = first(profile.funding(), ProfileSection.FUNDING);
		Page<Indicator> indicators = first(profile.indicators(), ProfileSection.INDICATORS);
		Page<Designation> designations = first(profile.designations(), ProfileSection.DESIGNATIONS);
		SourceNumbers sources = JurisdictionProfileService.sourcesShown(profile.jurisdiction(), policies, aimedAt,
				statements, funding, indicators, designations);
		// No timeline: its bars run "to today", which a page of the past is not.
		return new ProfilePage(profile.jurisdiction(), children, policies, aimedAt, profile.provisionsInForce(),
				statements, funding, indicators, designations, sources, profile.lastChange(), null);
	}

	private static <T> Page<T> first(List<T> all, ProfileSection section) {
		List<T> shown = all.subList(0, Math.min(all.size(), section.onProfile()));
		return new PageImpl<>(shown, PageRequest.of(0, section.onProfile()), all.size());
	}

	/**
	 * The places whose parent it was at the revision: the first page by name, and how
	 * many.
	 */
	private Page<Jurisdiction> children(long revision, Jurisdiction parent) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		int size = ProfileSection.PLACES.onProfile();
		List<?> shown = reader.createQuery()
			.forEntitiesAtRevision(Jurisdiction.class, revision)
			.add(AuditEntity.relatedId("parent").eq(parent.getId()))
			.addOrder(AuditEntity.property("name").asc())
			.addOrder(AuditEntity.id().asc())
			.setMaxResults(size)
			.getResultList();
		long total = (shown.size() < size) ? shown.size()
				: ((Number) reader.createQuery()
					.forEntitiesAtRevision(Jurisdiction.class, revision)
					.add(AuditEntity.relatedId("parent").eq(parent.getId()))
					.addProjection(AuditEntity.id().count())
					.getSingleResult()).longValue();
		return new PageImpl<>(shown.stream().map(Jurisdiction.class::cast).toList(), PageRequest.of(0, size), total);
	}

	/**
	 * Other jurisdictions' actions that named this one as a target at the revision: the
	 * target links' audit rows say which (Envers cannot query a collection's members),
	 * then one query reads those policies at the revision.
	 */
	@SuppressWarnings("unchecked")
	private List<Policy> aimedAt(AuditReader reader, long revision, Jurisdiction jurisdiction) {
		List<Number> ids = this.entityManager.createNativeQuery("""
				select policy_id from (
				  select distinct on (policy_id, jurisdiction_id) policy_id, revtype from policy_target_aud
				  where jurisdiction_id = :jurisdiction and rev <= :revision
				  order by policy_id, jurisdiction_id, rev desc) t
				where revtype <> 2""")
			.setParameter("jurisdiction", jurisdiction.getId())
			.setParameter("revision", revision)
			.getResultList();
		if (ids.isEmpty()) {
			return List.of();
		}
		List<?> policies = reader.createQuery()
			.forEntitiesAtRevision(Policy.class, revision)
			.add(AuditEntity.id().in(ids.stream().map(Number::longValue).toList()))
			.getResultList();
		return policies.stream()
			.map(Policy.class::cast)
			.filter((policy) -> !policy.getJurisdiction().getId().equals(jurisdiction.getId()))
			.sorted(POLICIES)
			.toList();
	}

	private static <T> List<T> attached(AuditReader reader, Class<T> type, long revision, Jurisdiction jurisdiction,
			Comparator<T> order) {
		List<?> rows = reader.createQuery()
			.forEntitiesAtRevision(type, revision)
			.add(AuditEntity.relatedId("jurisdiction").eq(jurisdiction.getId()))
			.getResultList();
		return rows.stream().map(type::cast).sorted(order).toList();
	}

	private static PartialDate saidOrReported(Statement statement) {
		return (statement.getStatedOn() != null) ? statement.getStatedOn() : statement.getSource().getPublishedOn();
	}

}
