package org.sanctuarytracker.funding;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanctuarytracker.jurisdiction.CitedFacts;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.source.SourceService;
import org.sanctuarytracker.system.BoundedCount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Federal funding exposure for pages and forms.
 */
@Service
@Transactional(readOnly = true)
public class FundingExposureService extends CitedFacts<FundingExposure, FundingExposureForm> {

	/** Programs offered as a list of choices while there are no more than this. */
	public static final int MAX_PROGRAM_CHOICES = 60;

	private final FundingExposureRepository repository;

	private final FundingOverview overview;

	FundingExposureService(FundingExposureRepository repository, FundingOverview overview,
			JurisdictionService jurisdictions, SourceService sources) {
		super(repository, jurisdictions, sources, "funding exposure");
		this.repository = repository;
		this.overview = overview;
	}

	/**
	 * One page of the funding rows across jurisdictions that match the filters, in the
	 * chosen order; the total is counted up to a bound ({@link BoundedCount}).
	 */
	public Page<FundingExposure> overview(FundingFilter filter) {
		FundingOverview.Result result = this.overview.find(filter);
		List<Long> ids = result.ids();
		Map<Long, FundingExposure> byId = ids.isEmpty() ? Map.of()
				: this.repository.findForOverview(ids)
					.stream()
					.collect(Collectors.toMap(FundingExposure::getId, Function.identity(), (a, b) -> a));
		List<FundingExposure> page = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
		PageRequest request = filter.pageRequest();
		return new PageImpl<>(page, request, BoundedCount.pageTotal(result.total(), request, page.size()));
	}

	/** The totals by program and fiscal year of the rows that match the filters. */
	public FundingTotals totals(FundingFilter filter) {
		return this.overview.totals(filter);
	}

	/** The totals by program and fiscal year of one jurisdiction's rows. */
	public FundingTotals totalsOf(Jurisdiction jurisdiction) {
		return this.overview.totalsOf(jurisdiction.getId());
	}

	/**
	 * Every program with funding rows, by name; empty when there are more than
	 * {@link #MAX_PROGRAM_CHOICES}, and the filter then takes the program in a text
	 * field.
	 */
	public Optional<List<String>> programs() {
		List<String> found = this.overview.programs(MAX_PROGRAM_CHOICES);
		return (found.size() > MAX_PROGRAM_CHOICES) ? Optional.empty() : Optional.of(found);
	}

	@Override
	public FundingExposure filled(FundingExposure record, FundingExposureForm form, Jurisdiction jurisdiction,
			Collection<Source> sources) {
		FundingExposure filled = (record != null) ? record
				: new FundingExposure(jurisdiction, form.getProgram(), form.getStatus());
		filled.edit(jurisdiction, form.getProgram(), form.getStatus());
		filled.setFiscalYear(form.getFiscalYear());
		filled.setAmountAtRiskUsd(form.getAmountAtRiskUsd());
		filled.setShareOfBudgetPct(form.getShareOfBudgetPct());
		filled.setTotalBudgetUsd(form.getTotalBudgetUsd());
		filled.setNotes(form.getNotes());
		filled.cite(sources);
		return filled;
	}

}
