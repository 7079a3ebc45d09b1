package org.sanctuarytracker.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.sanctuarytracker.designation.Designation;
import org.sanctuarytracker.funding.FundingExposure;
import org.sanctuarytracker.history.Change;
import org.sanctuarytracker.indicator.Indicator;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.policy.Policy;
import org.sanctuarytracker.reading.JurisdictionProfile;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.statement.Statement;
import org.sanctuarytracker.system.PartialDate;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A jurisdiction's profile as JSON: what its page shows, with the same field names as the
 * CSV exports.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProfileDocument(long id, String slug, String name, String kind, String stateCode, String parentSlug,
		String geoid, String ocdId, Long population, Integer populationYear, BigDecimal latitude, BigDecimal longitude,
		String summary, String status, String statusRationale, String statusAsOf, String statusAsOfPrecision,
		List<Long> statusSourceIds, List<PolicyItem> policies, List<PolicyItem> aimedAt, List<String> provisionsInForce,
		List<StatementItem> statements, List<FundingItem> fundingExposures, List<IndicatorItem> indicators,
		List<DesignationItem> designations, List<SourceItem> sources, Instant lastChangedAt, String lastChangedBy) {

	static ProfileDocument of(JurisdictionProfile profile) {
		Jurisdiction j = profile.jurisdiction();
		Change last = profile.lastChange();
		return new ProfileDocument(j.getId(), j.getSlug(), j.getName(), j.getKind().name(), j.getStateCode(),
				(j.getParent() != null) ? j.getParent().getSlug() : null, j.getGeoid(), j.getOcdId(), j.getPopulation(),
				j.getPopulationYear(), j.getLatitude(), j.getLongitude(), j.getSummary(), j.getStatus().name(),
				j.getStatusRationale(), date(j.getStatusAsOf()), precision(j.getStatusAsOf()),
				ids(j.getStatusSources()), profile.policies().stream().map(PolicyItem::of).toList(),
				profile.aimedAt().stream().map(PolicyItem::of).toList(),
				profile.provisionsInForce().keySet().stream().map(Enum::name).toList(),
				profile.statements().stream().map(StatementItem::of).toList(),
				profile.funding().stream().map(FundingItem::of).toList(),
				profile.indicators().stream().map(IndicatorItem::of).toList(),
				profile.designations().stream().map(DesignationItem::of).toList(),
				profile.sources().list().stream().map(SourceItem::of).toList(), (last != null) ? last.at() : null,
				(last != null) ? last.username() : null);
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record PolicyItem(long id, String instrument, String status, String title, String summary, String adoptedOn,
			String adoptedOnPrecision, String effectiveOn, String effectiveOnPrecision, String endedOn,
			String endedOnPrecision, String vote, BigDecimal amountUsd, String amountQualifier, String carveOuts,
			List<String> provisions, List<Long> sourceIds, List<String> targetSlugs) {

		static PolicyItem of(Policy p) {
			return new PolicyItem(p.getId(), p.getInstrument().name(), p.getStatus().name(), p.getTitle(),
					p.getSummary(), date(p.getAdoptedOn()), precision(p.getAdoptedOn()), date(p.getEffectiveOn()),
					precision(p.getEffectiveOn()), date(p.getEndedOn()), precision(p.getEndedOn()), p.getVote(),
					p.getAmountUsd(), (p.getAmountQualifier() != null) ? p.getAmountQualifier().name() : null,
					p.getCarveOuts(), p.getProvisionsInOrder().stream().map(Enum::name).toList(), ids(p.getSources()),
					p.getTargets().stream().map(Jurisdiction::getSlug).toList());
		}

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record StatementItem(long id, String personSlug, String personName, String speakerTitle, String statedOn,
			String statedOnPrecision, String kind, String quote, String context, String reportedBy, String stance,
			long sourceId) {

		static StatementItem of(Statement s) {
			return new StatementItem(s.getId(), s.getPerson().getSlug(), s.getPerson().getName(), s.getSpeakerTitle(),
					date(s.getStatedOn()), precision(s.getStatedOn()), s.getKind().name(), s.getQuote(), s.getContext(),
					s.getReportedBy(), s.getStance().name(), s.getSource().getId());
		}

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record FundingItem(long id, Integer fiscalYear, String program, BigDecimal amountAtRiskUsd,
			BigDecimal shareOfBudgetPct, BigDecimal totalBudgetUsd, String status, String notes, List<Long> sourceIds) {

		static FundingItem of(FundingExposure f) {
			return new FundingItem(f.getId(), f.getFiscalYear(), f.getProgram(), f.getAmountAtRiskUsd(),
					f.getShareOfBudgetPct(), f.getTotalBudgetUsd(), f.getStatus().name(), f.getNotes(),
					ids(f.getSources()));
		}

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record IndicatorItem(long id, String metric, BigDecimal value, String valueQualifier, String asOf,
			String asOfPrecision, String notes, List<Long> sourceIds) {

		static IndicatorItem of(Indicator i) {
			return new IndicatorItem(i.getId(), i.getMetric().name(), i.getValue(), i.getValueQualifier().name(),
					date(i.getAsOf()), precision(i.getAsOf()), i.getNotes(), ids(i.getSources()));
		}

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record DesignationItem(long id, String listName, String listedOn, String listedOnPrecision, String removedOn,
			String removedOnPrecision, boolean disputed, String disputeNote, List<Long> sourceIds) {

		static DesignationItem of(Designation d) {
			return new DesignationItem(d.getId(), d.getListName(), date(d.getListedOn()), precision(d.getListedOn()),
					date(d.getRemovedOn()), precision(d.getRemovedOn()), d.isDisputed(), d.getDisputeNote(),
					ids(d.getSources()));
		}

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record SourceItem(long id, String title, String publisher, String url, String publishedOn,
			String publishedOnPrecision) {

		static SourceItem of(Source s) {
			return new SourceItem(s.getId(), s.getTitle(), s.getPublisher(), s.getUrl(), date(s.getPublishedOn()),
					precision(s.getPublishedOn()));
		}

	}

	private static String date(PartialDate date) {
		return (date != null) ? date.date().toString() : null;
	}

	private static String precision(PartialDate date) {
		return (date != null) ? date.precision().name() : null;
	}

	private static List<Long> ids(List<Source> sources) {
		return sources.stream().map(Source::getId).toList();
	}

}
