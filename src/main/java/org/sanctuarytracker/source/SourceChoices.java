package org.sanctuarytracker.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sources a citation picker offers, in labelled groups (picked, cited for this
 * jurisdiction, used recently, newest or matching the search), each source in its first
 * group only.
 *
 * @param groups the non-empty groups, in the order shown
 */
public record SourceChoices(List<Group> groups) {

	/**
	 * @param labelKey the message key of the group's heading
	 * @param sources its sources, best first
	 */
	public record Group(String labelKey, List<Source> sources) {
	}

	public boolean isEmpty() {
		return this.groups.isEmpty();
	}

	/** Every source offered, in order. */
	public List<Source> all() {
		return this.groups.stream().flatMap((group) -> group.sources().stream()).toList();
	}

	static final class Builder {

		private final List<Group> groups = new ArrayList<>();

		private final Set<Long> shown = new HashSet<>();

		Builder add(String labelKey, Iterable<Source> sources) {
			List<Source> fresh = new ArrayList<>();
			for (Source source : sources) {
				if (this.shown.add(source.getId())) {
					fresh.add(source);
				}
			}
			if (!fresh.isEmpty()) {
				this.groups.add(new Group(labelKey, fresh));
			}
			return this;
		}

		SourceChoices build() {
			return new SourceChoices(List.copyOf(this.groups));
		}

	}

}
