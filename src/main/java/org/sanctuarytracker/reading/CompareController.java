package org.sanctuarytracker.reading;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sanctuarytracker.export.CsvExporter;
import org.sanctuarytracker.jurisdiction.JurisdictionChoices;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.source.SourceNumbers;
import org.sanctuarytracker.system.BadRequestException;
import org.sanctuarytracker.system.Choice;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Jurisdictions side by side ({@code /compare?j=chicago-il&j=los-angeles-ca}, up to
 * four): their assessments, a matrix of the provisions in force, and the first few of
 * their policies, federal money at risk, figures and statements; and the same comparison
 * as CSV. A place is added by name ({@code find}), chosen among the matches as links, so
 * no JavaScript and no list of every jurisdiction is needed.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CompareController {

	static final int MOST = 4;

	private static final int CANDIDATES = 10;

	private final JurisdictionProfileService profiles;

	private final JurisdictionChoices choices;

	@GetMapping("/compare")
	String compare(@RequestParam(name = "j", required = false) List<String> j,
			@RequestParam(name = "find", required = false) String find, Model model) {
		List<String> slugs = slugs(j);
		List<ComparedPlace> places = slugs.stream().map(this.profiles::compared).toList();
		SourceNumbers sources = new SourceNumbers();
		for (ComparedPlace place : places) {
			sources.addSources(place.jurisdiction().getStatusSources())
				.add(place.policies().getContent())
				.add(place.funding().getContent())
				.add(place.indicators().getContent())
				.add(place.statements().getContent());
		}
		model.addAttribute("places", places);
		model.addAttribute("slugs", slugs);
		model.addAttribute("provisions", Provision.values());
		model.addAttribute("sources", sources);
		model.addAttribute("most", MOST);
		model.addAttribute("find", (find != null) ? find.strip() : "");
		model.addAttribute("candidates", candidates(find, slugs));
		model.addAttribute("csv", url("/compare.csv", slugs));
		model.addAttribute("without", slugs.stream().map((slug) -> without(slugs, slug)).toList());
		return "compare";
	}

	@GetMapping("/compare.csv")
	void csv(@RequestParam(name = "j", required = false) List<String> j, HttpServletResponse response)
			throws IOException {
		List<String> slugs = slugs(j);
		if (slugs.isEmpty()) {
			throw new BadRequestException("compare.none");
		}
		List<ComparedPlace> places = slugs.stream().map(this.profiles::compared).toList();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("compare-" + String.join("-", slugs) + ".csv")
					.build()
					.toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			List<String> header = new ArrayList<>(List.of("field"));
			slugs.forEach(header::add);
			csv.printRecord(header);
			row(csv, "name", places, (place) -> place.jurisdiction().getName());
			row(csv, "kind", places, (place) -> place.jurisdiction().getKind().name());
			row(csv, "state_code", places, (place) -> place.jurisdiction().getStateCode());
			row(csv, "geoid", places, (place) -> place.jurisdiction().getGeoid());
			row(csv, "population", places, (place) -> text(place.jurisdiction().getPopulation()));
			row(csv, "population_year", places, (place) -> text(place.jurisdiction().getPopulationYear()));
			row(csv, "status", places, (place) -> place.jurisdiction().getStatus().name());
			row(csv, "status_as_of", places, (place) -> date(place.jurisdiction().getStatusAsOf()));
			row(csv, "status_as_of_precision", places, (place) -> precision(place.jurisdiction().getStatusAsOf()));
			row(csv, "status_rationale", places, (place) -> place.jurisdiction().getStatusRationale());
			for (Provision provision : Provision.values()) {
				row(csv, "in_force_" + provision.name().toLowerCase(Locale.ROOT), places,
						(place) -> place.inForce(provision) ? "true" : "false");
			}
			row(csv, "policies", places, (place) -> text(place.policies().getTotalElements()));
			row(csv, "statements", places, (place) -> text(place.statements().getTotalElements()));
			row(csv, "funding_rows", places, (place) -> text(place.funding().getTotalElements()));
			row(csv, "figures", places, (place) -> text(place.indicators().getTotalElements()));
		}
	}

	/** The slugs asked for, as slugs are written, each once; at most four. */
	private static List<String> slugs(List<String> asked) {
		Set<String> slugs = new LinkedHashSet<>();
		if (asked != null) {
			for (String slug : asked) {
				if (slug != null && !slug.isBlank()) {
					slugs.add(slug.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		if (slugs.size() > MOST) {
			throw new BadRequestException("compare.tooMany", MOST);
		}
		return List.copyOf(slugs);
	}

	private List<Candidate> candidates(String find, List<String> slugs) {
		if (find == null || find.isBlank() || slugs.size() >= MOST) {
			return List.of();
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Choice choice : this.choices.matching(find, CANDIDATES)) {
			if (!slugs.contains(choice.value())) {
				List<String> with = new ArrayList<>(slugs);
				with.add(choice.value());
				candidates.add(new Candidate(choice, url("/compare", with)));
			}
		}
		return candidates;
	}

	private static String without(List<String> slugs, String slug) {
		return url("/compare", slugs.stream().filter((other) -> !other.equals(slug)).toList());
	}

	// Slugs are lower-case letters, digits and hyphens: nothing to encode.
	private static String url(String path, List<String> slugs) {
		return slugs.isEmpty() ? path : path + "?j=" + String.join("&j=", slugs);
	}

	private static void row(CSVPrinter csv, String field, List<ComparedPlace> places,
			Function<ComparedPlace, String> value) throws IOException {
		List<String> cells = new ArrayList<>(List.of(field));
		for (ComparedPlace place : places) {
			String cell = value.apply(place);
			cells.add((cell != null) ? CsvExporter.neutralise(cell) : "");
		}
		csv.printRecord(cells);
	}

	private static String text(Number number) {
		return (number != null) ? number.toString() : null;
	}

	private static String date(PartialDate date) {
		return (date != null) ? date.date().toString() : null;
	}

	private static String precision(PartialDate date) {
		return (date != null) ? date.precision().name() : null;
	}

	/** A place a "compare with" search found, and the comparison with it added. */
	record Candidate(Choice choice, String url) {
	}

}
