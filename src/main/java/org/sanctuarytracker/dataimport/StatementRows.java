package org.sanctuarytracker.dataimport;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.statement.Stance;
import org.sanctuarytracker.statement.Statement;
import org.sanctuarytracker.statement.StatementForm;
import org.sanctuarytracker.statement.StatementKind;
import org.sanctuarytracker.statement.StatementService;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.stereotype.Component;

/**
 * Imports statements.csv rows: the quote verbatim, its speaker, date and one source.
 */
@Component
@ImportsTable(value = "statements",
		required = { "person_id|person_slug", "jurisdiction_id|jurisdiction_slug", "quote", "stance", "source_id" })
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatementRows implements RowImporter {

	private final FormCheck forms;

	private final StatementService statements;

	private static final String FETCH = "join fetch e.person join fetch e.jurisdiction join fetch e.source";

	/** The form's fields whose column is not their name in snake case. */
	private static final java.util.Map<String, String> COLUMNS = java.util.Map.of("person", "person_id|person_slug",
			"jurisdiction", "jurisdiction_id|jurisdiction_slug", "sourceIds", "source_id");

	@Override
	public Planned plan(Row row, ImportContext context) {
		Changes<Statement> changes = Changes.of(row, context, Statement.class, FETCH);
		Statement current = changes.current();
		boolean old = changes.updating();
		Person person = changes.value("person_id", "person_slug",
				(old && !row.inHeader("person_id") && !row.inHeader("person_slug")) ? null
						: context.person(row, "person_id", "person_slug"),
				Statement::getPerson);
		Jurisdiction jurisdiction = CitedFactRows.jurisdiction(row, context, changes);
		String speakerTitle = changes.value("speaker_title", row.text("speaker_title"), Statement::getSpeakerTitle);
		PartialDate statedOn = changes.value("stated_on", row.partialDate("stated_on"), Statement::getStatedOn);
		// A file without the column (an older export) holds quotes.
		StatementKind kind = changes.value("kind", row.code("kind", StatementKind.class), Statement::getKind);
		String reportedBy = changes.value("reported_by", row.text("reported_by"), Statement::getReportedBy);
		String quote = changes.value("quote", row.text("quote"), Statement::getQuote);
		String quoteContext = changes.value("context", row.text("context"), Statement::getContext);
		Stance stance = changes.value("stance", row.code("stance", Stance.class), Statement::getStance);
		List<Source> cited = context.sources(row, "source_id");
		Source source = changes.value("source_id", cited.isEmpty() ? null : cited.get(0), Statement::getSource);
		StatementForm form = new StatementForm();
		form.setPerson((person != null) ? person.getSlug() : null);
		form.setJurisdiction((jurisdiction != null) ? jurisdiction.getSlug() : null);
		form.setSpeakerTitle(speakerTitle);
		form.setStatedOn(statedOn);
		// An older export has no kind column: its rows are quotes.
		form.setKind((kind != null || old) ? kind : StatementKind.QUOTE);
		form.setReportedBy(reportedBy);
		form.setQuote(quote);
		form.setContext(quoteContext);
		form.setStance(stance);
		// Every source the cell names, so that "one source" is the form's rule.
		form.setSourceIds(
				FormCheck.ids(row.inHeader("source_id") ? cited : (source != null) ? List.of(source) : List.of()));
		this.forms.check(row, form, COLUMNS);
		String label = (quote != null && quote.length() > 60) ? quote.substring(0, 59) + "…" : quote;
		return changes.planned(label, () -> {
			Statement created = this.statements.filled(null, form, person, jurisdiction, source);
			return () -> context.persist(created);
		}, () -> this.statements.filled(current, form, person, jurisdiction, source));
	}

}
