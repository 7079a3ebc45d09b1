package org.sanctuarytracker.reading;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.export.Snapshot;
import org.sanctuarytracker.funding.FundingChart;
import org.sanctuarytracker.funding.FundingExposureService;
import org.sanctuarytracker.funding.FundingTotals;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.jurisdiction.JurisdictionSort;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.map.MapService;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.system.AsOf;
import org.sanctuarytracker.system.LinkPreviews;
import org.sanctuarytracker.system.PageFeed;
import org.sanctuarytracker.system.PageNumber;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the public jurisdiction list and each jurisdiction's profile.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JurisdictionController {

	static final String LIST_VIEW = "jurisdictions/list";

	static final String PROFILE_VIEW = "jurisdictions/profile";

	static final String SECTION_VIEW = "jurisdictions/section";

	private final JurisdictionService jurisdictions;

	private final JurisdictionProfileService profiles;

	private final MapService maps;

	private final FundingExposureService funding;

	private final Clock clock;

	private final ProfileHistory history;

	private final RecordDescriptions descriptions;

	private final PastJurisdictionList pastList;

	/**
	 * The jurisdiction list, today or, with {@code as_of}, as it stood then (read from
	 * the revision history like the exports).
	 */
	@GetMapping("/jurisdictions")
	String list(@Valid @ModelAttribute("filter") JurisdictionFilter filter, @AsOf Snapshot snapshot, Model model) {
		if (snapshot == null) {
			model.addAttribute("results",
					this.jurisdictions.search(filter.matching(LocalDate.now(this.clock)), filter.pageRequest()));
		}
		else {
			model.addAttribute("results", this.pastList.page(filter, snapshot));
		}
		model.addAttribute("stateCodes", this.jurisdictions.stateCodes());
		model.addAttribute("kinds", JurisdictionKind.values());
		model.addAttribute("statuses", JurisdictionStatus.values());
		model.addAttribute("provisions", Provision.values());
		model.addAttribute("sorts", JurisdictionSort.values());
		return LIST_VIEW;
	}

	/**
	 * A jurisdiction's profile, today or, with {@code as_of} (a date or an instant), as
	 * it stood then: read from the revision history like the exports and the API, so the
	 * same moment gives the same page.
	 */
	@GetMapping("/jurisdictions/{slug}")
	String profile(@PathVariable String slug, @AsOf Snapshot snapshot, Model model) {
		ProfilePage profile;
		if (snapshot == null) {
			profile = this.profiles.profile(slug);
		}
		else {
			profile = this.history.page(slug, snapshot.revision(), snapshot.date(), snapshot.instant().toString());
		}
		model.addAttribute("profile", profile);
		Jurisdiction j = profile.jurisdiction();
		model.addAttribute(PageFeed.ATTRIBUTE,
				new PageFeed("/jurisdictions/" + j.getSlug() + "/changes.atom", "feed.jurisdictionTitle", j.getName()));
		model.addAttribute(LinkPreviews.DESCRIPTION, this.descriptions.of(j));
		// A state (DC, a territory the map draws) shows its own map of its counties,
		// shaded as they stood then.
		if (j.getKind() == JurisdictionKind.STATE || j.getKind() == JurisdictionKind.FEDERAL_DISTRICT
				|| j.getKind() == JurisdictionKind.TERRITORY) {
			this.maps.state(j.getGeoid(), j.getStateCode(), snapshot)
				.ifPresent((map) -> model.addAttribute("countyMap", map));
		}
		if (snapshot != null) {
			// The funding totals are kept for today only: a page of the past shows its
			// rows, not today's sums beside them.
			return PROFILE_VIEW;
		}
		// The chart and totals of all its funding rows, not only the first page shown.
		if (!profile.funding().isEmpty()) {
			FundingTotals totals = this.funding.totalsOf(j);
			model.addAttribute("fundingTotals", totals);
			model.addAttribute("fundingChart", FundingChart.of(totals));
		}
		return PROFILE_VIEW;
	}

	@GetMapping("/jurisdictions/{slug}/{section:policies|aimed-at|funding|figures|designations|places}")
	String section(@PathVariable String slug, @PathVariable String section,
			@Valid @ModelAttribute("filter") SectionFilter filter, Model model) {
		ProfileSection shown = ProfileSection.ofPath(section).orElseThrow();
		model.addAttribute("page", this.profiles.section(slug, shown, filter.pageNumber()));
		return SECTION_VIEW;
	}

	/** The page of a profile's list, as it stands in the URL; bad values answer 400. */
	record SectionFilter(@PageNumber Integer page) {

		int pageNumber() {
			return (this.page != null) ? this.page : 1;
		}

	}

}
