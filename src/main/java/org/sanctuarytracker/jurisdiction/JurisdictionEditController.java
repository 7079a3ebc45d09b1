package org.sanctuarytracker.jurisdiction;

import java.util.List;
import java.util.Map;

import org.sanctuarytracker.editing.DeletePage;
import org.sanctuarytracker.editing.RecordChoices;
import org.sanctuarytracker.editing.RecordEditing;
import org.sanctuarytracker.editing.StandaloneEditor;
import org.sanctuarytracker.source.SourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Serves the editors' jurisdiction forms, status assessment included: add, edit, and
 * delete a jurisdiction nothing depends on.
 */
@Controller
@RequestMapping("/jurisdictions")
class JurisdictionEditController extends StandaloneEditor<Jurisdiction, JurisdictionForm> {

	// How many of a jurisdiction's people a refused delete names.
	static final int PEOPLE_NAMED = 10;

	private final JurisdictionChoices jurisdictionChoices;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	JurisdictionEditController(JurisdictionService jurisdictions, SourceService sources, RecordEditing editing,
			JurisdictionChoices jurisdictionChoices) {
		super(jurisdictions, editing);
		this.jurisdictionChoices = jurisdictionChoices;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
	}

	@Override
	protected long idOf(String slug) {
		return this.jurisdictions.getBySlug(slug).getId();
	}

	@Override
	protected Map<String, String> constraintFields() {
		return Map.of("jurisdiction_slug_key", "slug", "jurisdiction_geoid_key", "geoid", "jurisdiction_ocd_id_key",
				"ocdId", "jurisdiction_not_own_parent", "parent");
	}

	@Override
	protected List<DeletePage.Blocker> deleteBlockers(Jurisdiction jurisdiction) {
		return this.jurisdictions.dependents(jurisdiction)
			.entrySet()
			.stream()
			.map((entry) -> blocker(jurisdiction, entry.getKey(), entry.getValue()))
			.toList();
	}

	/**
	 * A kind of dependent with links to them: the profile's list of them, filtered to
	 * this jurisdiction, or for people (who have no such list) the first few by name.
	 */
	private DeletePage.Blocker blocker(Jurisdiction jurisdiction, String kind, long count) {
		String key = "delete.blocker." + kind;
		String slug = jurisdiction.getSlug();
		String at = "/jurisdictions/" + slug;
		return switch (kind) {
			case "statements" -> new DeletePage.Blocker(key, count,
					DeletePage.Link.toList("/statements?jurisdiction=" + slug, "delete.see.statements"));
			case "policies" ->
				new DeletePage.Blocker(key, count, DeletePage.Link.toList(at + "/policies", "delete.see.policies"));
			case "children" ->
				new DeletePage.Blocker(key, count, DeletePage.Link.toList(at + "/places", "delete.see.places"));
			case "facts" ->
				new DeletePage.Blocker(key, count, DeletePage.Link.toList(at + "/funding", "delete.see.funding"),
						DeletePage.Link.toList(at + "/figures", "delete.see.figures"),
						DeletePage.Link.toList(at + "/designations", "delete.see.designations"));
			case "targeted" ->
				new DeletePage.Blocker(key, count, DeletePage.Link.toList(at + "/aimed-at", "delete.see.targeted"));
			case "people" -> {
				List<DeletePage.Link> people = this.jurisdictions.peopleIn(jurisdiction, PEOPLE_NAMED)
					.stream()
					.map((person) -> DeletePage.Link.toRecord("/people/" + person.getSlug(), person.getName()))
					.toList();
				yield new DeletePage.Blocker(key, count, people, Math.max(0, count - people.size()));
			}
			default -> new DeletePage.Blocker(key, count);
		};
	}

	@Override
	protected Map<String, RecordChoices> pickers(JurisdictionForm form) {
		return Map.of("parent", this.jurisdictionChoices);
	}

	/** The choices the form offers. */
	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", JurisdictionKind.values());
		model.addAttribute("statuses", JurisdictionStatus.values());
	}

	/** The sources the assessment may cite, as its search found them. */
	@Override
	protected void prepareForm(Model model, JurisdictionForm form) {
		model.addAttribute("sourceChoices", this.sources.choices(form));
	}

	@Override
	protected String keyOf(Jurisdiction jurisdiction) {
		return jurisdiction.getSlug();
	}

	@Override
	protected String afterDelete(Jurisdiction jurisdiction) {
		return "/jurisdictions";
	}

}
