package org.sanctuarytracker.jurisdiction;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.editing.RecordChoices;
import org.sanctuarytracker.system.Choice;
import org.sanctuarytracker.system.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jurisdictions for the forms' pickers (a fact's jurisdiction, a parent, where a person
 * serves): some 23,000 nationally, so found by name or slug, never listed whole. Each is
 * told apart by its state and kind (Springfield, IL, city).
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JurisdictionChoices implements RecordChoices {

	private final JurisdictionRepository jurisdictions;

	@Override
	public List<Choice> matching(String query, int max) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return this.jurisdictions.findChoices(query.strip(), Slugs.of(query), max)
			.stream()
			.map(JurisdictionChoices::choice)
			.toList();
	}

	@Override
	public Map<String, Choice> withValues(Collection<String> values) {
		Map<String, Choice> named = new LinkedHashMap<>();
		this.jurisdictions.findChoicesBySlug(values)
			.stream()
			.map(JurisdictionChoices::choice)
			.forEach((choice) -> named.put(choice.value(), choice));
		return named;
	}

	@Override
	public String unknownMessage() {
		return "picker.jurisdiction.unknown";
	}

	private static Choice choice(JurisdictionChoice row) {
		return new Choice(row.getSlug(), row.getName(), row.getStateCode(), "kind." + row.getKind());
	}

}
