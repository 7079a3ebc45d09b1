package org.sanctuarytracker.statement;

import java.util.Comparator;
import java.util.List;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.source.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements for pages: full-text search, a jurisdiction's or a person's statements, the
 * latest.
 */
@Service
@Transactional(readOnly = true)
public class StatementService {

	private final StatementRepository statements;

	private final StatementSearch search;

	StatementService(StatementRepository statements, StatementSearch search) {
		this.statements = statements;
		this.search = search;
	}

	public Page<Statement> search(StatementFilter filter) {
		StatementSearch.Result result = this.search.find(filter);
		List<Long> ids = result.ids();
		List<Statement> page = ids.isEmpty() ? List.of()
				: this.statements.findWithDetails(ids)
					.stream()
					.sorted(Comparator.comparingInt((Statement s) -> ids.indexOf(s.getId())))
					.toList();
		return new PageImpl<>(page, PageRequest.of(filter.pageNumber() - 1, filter.pageSize()), result.total());
	}

	public List<Statement> about(Jurisdiction jurisdiction) {
		return this.statements.findAbout(jurisdiction);
	}

	public List<Statement> by(Person person) {
		return this.statements.findBy(person);
	}

	/**
	 * Everyone with a statement on record, by name: the search form's speaker choices.
	 */
	public List<Person> speakers() {
		return this.statements.findSpeakers();
	}

	/** Every jurisdiction a statement is about, by name: the search form's choices. */
	public List<Jurisdiction> subjects() {
		return this.statements.findSubjects();
	}

	public List<Statement> latest(int count) {
		return this.statements.findLatest(Limit.of(count));
	}

	public List<Statement> citing(Source source) {
		return this.statements.findCiting(source);
	}

}
