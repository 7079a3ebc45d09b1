package org.sanctuarytracker.dataimport;

import java.util.Collection;
import java.util.Map;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionFactForm;
import org.sanctuarytracker.source.Source;

/**
 * The import of a fact filed under a jurisdiction that cites sources (a policy, funding,
 * a figure), checked by its page form: the jurisdiction a row names by
 * {@code jurisdiction_id} or {@code jurisdiction_slug}, the sources its
 * {@code source_ids} list.
 */
abstract class CitedFactRows implements RowImporter {

	/** The form's fields whose column is not their name in snake case. */
	private static final Map<String, String> COLUMNS = Map.of("jurisdiction", "jurisdiction_id|jurisdiction_slug",
			"sourceIds", "source_ids");

	private final FormCheck forms;

	CitedFactRows(FormCheck forms) {
		this.forms = forms;
	}

	/** Refuses the row for what its form, filed and cited so, says is wrong. */
	void check(Row row, JurisdictionFactForm form, Jurisdiction jurisdiction, Collection<Source> sources) {
		form.setJurisdiction((jurisdiction != null) ? jurisdiction.getSlug() : null);
		form.setSourceIds(FormCheck.ids(sources));
		this.forms.check(row, form, COLUMNS);
	}

}
