package org.sanctuarytracker.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.RecordNames;
import org.springframework.stereotype.Component;

/** Names the sources a form cites by their titles, for the conflict view. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SourceTitles implements RecordNames {

	private final SourceRepository sources;

	@Override
	public Optional<String> name(String field, Object value) {
		if (!"sourceIds".equals(field) || !(value instanceof Collection<?> ids)) {
			return Optional.empty();
		}
		List<Long> wanted = ids.stream().filter(Long.class::isInstance).map(Long.class::cast).toList();
		return Optional.of(this.sources.findAllById(wanted)
			.stream()
			.map(Source::label)
			.sorted()
			.collect(Collectors.joining("; ")));
	}

}
