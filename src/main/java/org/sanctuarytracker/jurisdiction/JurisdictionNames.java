package org.sanctuarytracker.jurisdiction;

import java.util.Optional;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.RecordNames;
import org.springframework.stereotype.Component;

/** Names the jurisdiction a form field refers to by slug, for the conflict view. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JurisdictionNames implements RecordNames {

	private static final Set<String> FIELDS = Set.of("jurisdiction", "parent");

	private final JurisdictionService jurisdictions;

	@Override
	public Optional<String> name(String field, Object value) {
		if (!FIELDS.contains(field) || !(value instanceof String slug)) {
			return Optional.empty();
		}
		return Optional.of(this.jurisdictions.findBySlug(slug).map(Jurisdiction::label).orElse(slug));
	}

}
