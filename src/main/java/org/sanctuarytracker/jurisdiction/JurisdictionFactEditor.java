package org.sanctuarytracker.jurisdiction;

import java.util.Map;

import org.sanctuarytracker.editing.EditableRecords;
import org.sanctuarytracker.editing.FactEditor;
import org.sanctuarytracker.editing.FactPages;
import org.sanctuarytracker.editing.RecordChoices;
import org.sanctuarytracker.source.SourceService;
import org.sanctuarytracker.system.BaseEntity;
import org.springframework.ui.Model;

/**
 * The edit flow of a fact filed under a jurisdiction, with what every such fact's forms
 * share: a new one opens on its jurisdiction, the jurisdiction is chosen with the picker,
 * its sources are offered and checked, and once deleted the profile's section for it is
 * shown ({@code /jurisdictions/chicago-il#policies}).
 */
public abstract class JurisdictionFactEditor<E extends BaseEntity & JurisdictionFact, F extends JurisdictionFactForm>
		extends FactEditor<E, F> {

	protected final JurisdictionService jurisdictions;

	protected final JurisdictionChoices jurisdictionChoices;

	protected final SourceService sources;

	protected JurisdictionFactEditor(EditableRecords<E, F> records, JurisdictionFactEditing editing) {
		super(records, editing.editing());
		this.jurisdictions = editing.jurisdictions();
		this.jurisdictionChoices = editing.jurisdictionChoices();
		this.sources = editing.sources();
	}

	@Override
	protected F newForm(String jurisdictionSlug) {
		F form = emptyForm();
		form.showJurisdiction(this.jurisdictions.getBySlug(jurisdictionSlug));
		return form;
	}

	/**
	 * The fact's form ({@code policies/form}), with its sources to choose from and the id
	 * of the record it edits (null for a new one). What else a form offers (its statuses,
	 * its kinds) its controller adds with {@code @ModelAttribute} methods.
	 */
	@Override
	protected final String formView(Model model, F form, E record) {
		model.addAttribute("sourceChoices", this.sources.choices(form));
		model.addAttribute("recordId", (record != null) ? record.getId() : null);
		return segment() + "/form";
	}

	/**
	 * The fact's own page, or its row on the jurisdiction's profile
	 * ({@link FactPages#ownPage}).
	 */
	@Override
	protected String pageOf(E record) {
		return pages().ownPage() ? "/" + segment() + "/" + record.getId()
				: "/jurisdictions/" + record.getJurisdiction().getSlug() + "#" + anchorOf(record);
	}

	@Override
	protected Map<String, RecordChoices> pickers(F form) {
		return Map.of("jurisdiction", this.jurisdictionChoices);
	}

	@Override
	protected String afterDelete(E record) {
		return "/jurisdictions/" + record.getJurisdiction().getSlug() + "#" + segment();
	}

}
