package org.sanctuarytracker.dataimport;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.jurisdiction.CitedFact;
import org.sanctuarytracker.jurisdiction.CitedFacts;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionFact;
import org.sanctuarytracker.jurisdiction.JurisdictionFactForm;
import org.sanctuarytracker.source.Source;

/**
 * The import of a fact filed under a jurisdiction that cites sources (a policy, funding,
 * a figure), checked by its page form: the jurisdiction a row names by
 * {@code jurisdiction_id} or {@code jurisdiction_slug}, the sources its
 * {@code source_ids} list.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
abstract class CitedFactRows implements RowImporter {

	/** The form's fields whose column is not their name in snake case. */
	private static final Map<String, String> COLUMNS = Map.of("jurisdiction", "jurisdiction_id|jurisdiction_slug",
			"sourceIds", "source_ids");

	private final FormCheck forms;

	/**
	 * The jurisdiction the row files the fact under, by {@code jurisdiction_id} or
	 * {@code jurisdiction_slug}: required of a new fact, kept by an update without either
	 * column.
	 */
	static Jurisdiction jurisdiction(Row row, ImportContext context, Changes<? extends JurisdictionFact> changes) {
		return changes.value("jurisdiction_id", "jurisdiction_slug",
				context.jurisdiction(row, "jurisdiction_id", "jurisdiction_slug", !changes.updating()),
				JurisdictionFact::getJurisdiction);
	}

	/** The sources the fact cites, by {@code source_ids}. */
	static Set<Source> sources(Row row, ImportContext context, Changes<? extends CitedFact> changes) {
		return changes.value("source_ids", Set.copyOf(context.sources(row, "source_ids")),
				(fact) -> Set.copyOf(fact.getSources()));
	}

	/**
	 * What to do with a row whose values are in its form: refuse it for what the form
	 * says is wrong; else create, change or leave the record, made by its feature's
	 * service as the page's save makes it.
	 */
	<E extends CitedFact, F extends JurisdictionFactForm> Planned planned(Row row, ImportContext context,
			Changes<E> changes, Object label, F form, Jurisdiction jurisdiction, Collection<Source> sources,
			CitedFacts<E, F> facts) {
		check(row, form, jurisdiction, sources);
		return changes.planned(label, () -> {
			E created = facts.filled(null, form, jurisdiction, sources);
			return () -> context.persist(created);
		}, () -> facts.filled(changes.current(), form, jurisdiction, sources));
	}

	/** Refuses the row for what its form, filed and cited so, says is wrong. */
	void check(Row row, JurisdictionFactForm form, Jurisdiction jurisdiction, Collection<Source> sources) {
		form.setJurisdiction((jurisdiction != null) ? jurisdiction.getSlug() : null);
		form.setSourceIds(FormCheck.ids(sources));
		this.forms.check(row, form, COLUMNS);
	}

}
