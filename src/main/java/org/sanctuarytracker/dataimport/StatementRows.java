package org.sanctuarytracker.dataimport;

import java.util.List;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.statement.Stance;
import org.sanctuarytracker.statement.Statement;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.stereotype.Component;

import static org.sanctuarytracker.dataimport.RowImporter.same;

/**
 * Imports statements.csv rows: the quote verbatim, its speaker, date and one source.
 */
@Component
class StatementRows implements RowImporter {

	private static final String FETCH = "join fetch e.person join fetch e.jurisdiction join fetch e.source";

	@Override
	public String table() {
		return "statements";
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("person_id|person_slug", "jurisdiction_id|jurisdiction_slug", "stated_on", "stated_on_precision",
				"quote", "stance", "source_id");
	}

	@Override
	public Planned plan(Row row, ImportContext context) {
		Long id = row.integer("id");
		Statement current = (id != null) ? context.all(Statement.class, FETCH).get(id) : null;
		if (id != null && current == null) {
			row.reject("id: no statement with id " + id);
		}
		Person person = context.person(row, "person_id", "person_slug");
		Jurisdiction jurisdiction = context.jurisdiction(row, "jurisdiction_id", "jurisdiction_slug", true);
		String speakerTitle = row.text("speaker_title");
		PartialDate statedOn = row.partialDate("stated_on", true);
		String quote = row.requiredText("quote");
		String quoteContext = row.text("context");
		Stance stance = row.code("stance", Stance.class, true);
		List<Source> sources = context.sources(row, "source_id", true);
		String label = (quote != null && quote.length() > 60) ? quote.substring(0, 59) + "…" : String.valueOf(quote);
		if (!row.isValid()) {
			return Planned.reject(row, label);
		}
		Source source = sources.get(0);
		if (current == null) {
			Statement created = new Statement(person, jurisdiction, statedOn, quote, stance, source);
			created.setSpeakerTitle(speakerTitle);
			created.setContext(quoteContext);
			return Planned.create(row.line(), label, () -> context.persist(created));
		}
		boolean unchanged = current.getPerson() == person && current.getJurisdiction() == jurisdiction
				&& same(current.getSpeakerTitle(), speakerTitle) && same(current.getStatedOn(), statedOn)
				&& same(current.getQuote(), quote) && same(current.getContext(), quoteContext)
				&& same(current.getStance(), stance) && current.getSource() == source;
		if (unchanged) {
			return Planned.unchanged(row.line(), label);
		}
		return Planned.update(row.line(), label, () -> {
			current.edit(person, jurisdiction, statedOn, quote, stance, source);
			current.setSpeakerTitle(speakerTitle);
			current.setContext(quoteContext);
		});
	}

}
