package org.sanctuarytracker.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the sources a page cites, in the order the reader meets them, so each fact can
 * carry links like [1][3] to one list of sources at the foot of the page.
 */
public final class SourceNumbers {

	private final Map<Long, Integer> numbers = new HashMap<>();

	private final List<Source> inOrder = new ArrayList<>();

	public SourceNumbers add(Collection<? extends Cited> facts) {
		facts.forEach(this::add);
		return this;
	}

	public SourceNumbers add(Cited fact) {
		return addSources(fact.getSources());
	}

	public SourceNumbers addSources(Collection<Source> sources) {
		for (Source source : sources) {
			if (this.numbers.putIfAbsent(source.getId(), this.inOrder.size() + 1) == null) {
				this.inOrder.add(source);
			}
		}
		return this;
	}

	public int number(Source source) {
		Integer number = this.numbers.get(source.getId());
		if (number == null) {
			throw new IllegalArgumentException("Source " + source.getId() + " was not numbered for this page");
		}
		return number;
	}

	public List<Source> list() {
		return List.copyOf(this.inOrder);
	}

}
