package org.sanctuarytracker.editing;

import org.sanctuarytracker.system.BaseEntity;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages of a record that stands on its own, not filed under a jurisdiction
 * (a jurisdiction, a person, a source), under the controller's own
 * {@code @RequestMapping("/people")}: {@code /people/new}, {@code /people/{key}/edit},
 * {@code /people/{key}/delete}, where the key is how the record's pages address it (a
 * slug, a source's id). The key opens the record; a save goes to the id its form carries
 * ({@link #recordIdOf}), so a slug renamed or taken by another record meanwhile cannot
 * redirect it. A feature's controller says only what is its own.
 */
public abstract class StandaloneEditor<E extends BaseEntity, F extends EditForm> extends RecordEditor<E, F> {

	protected StandaloneEditor(EditableRecords<E, F> records, RecordEditing editing) {
		super(records, editing);
	}

	/** The id of the record the key in the address names (404 when there is none). */
	protected abstract long idOf(String key);

	/** How the record's pages address it: its slug, or its id. */
	protected abstract String keyOf(E record);

	/**
	 * The record's page, under the controller's own mapping:
	 * {@code /people/rahm-emanuel}.
	 */
	@Override
	protected String pageOf(E record) {
		return pages() + "/" + keyOf(record);
	}

	/**
	 * The record's form, named after the controller's mapping ({@code sources/form} under
	 * {@code /sources}), with the key of the record it edits as {@code recordKey} (null
	 * for a new one). The choices the form offers its controller adds with
	 * {@code @ModelAttribute} methods; what depends on what was typed, in
	 * {@link #prepareForm}.
	 */
	@Override
	protected final String formView(Model model, F form, E record) {
		model.addAttribute("recordKey", (record != null) ? keyOf(record) : null);
		prepareForm(model, form);
		return pages().substring(1) + "/form";
	}

	/**
	 * What the form needs that depends on what was typed: the sources its search found,
	 * an empty row to type a new term in. Nothing by default.
	 */
	protected void prepareForm(Model model, F form) {
	}

	@Override
	protected String deleteAction(E record) {
		return pageOf(record) + "/delete";
	}

	private String pages() {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(ClassUtils.getUserClass(getClass()),
				RequestMapping.class);
		if (mapping == null || mapping.path().length != 1) {
			throw new IllegalStateException(
					getClass().getName() + " is a StandaloneEditor without one @RequestMapping path");
		}
		return mapping.path()[0];
	}

	@GetMapping("/new")
	public String newRecord(Model model) {
		return showNew(model, emptyForm());
	}

	@PostMapping("/new")
	public String create(@ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return processCreate(form, result, model, redirect);
	}

	// The BindingResult keeps what could not be read (a date that is none) as the form's
	// errors, shown with it: without one a search would answer 400 and lose the input.
	@PostMapping(path = "/new", params = SEARCH_SOURCES)
	public String searchSourcesOfNew(@ModelAttribute("form") F form, BindingResult result, Model model) {
		return refreshCreate(form, model);
	}

	@GetMapping("/{key}/edit")
	public String edit(@PathVariable String key, Model model) {
		return showEdit(idOf(key), model);
	}

	@PostMapping("/{key}/edit")
	public ModelAndView update(@PathVariable String key, @ModelAttribute("form") F form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return processUpdate(recordIdOf(form), form, result, model, redirect);
	}

	@PostMapping(path = "/{key}/edit", params = SEARCH_SOURCES)
	public ModelAndView searchSources(@PathVariable String key, @ModelAttribute("form") F form, BindingResult result,
			Model model) {
		return refreshUpdate(recordIdOf(form), form, model);
	}

	@GetMapping("/{key}/delete")
	public String confirmDelete(@PathVariable String key, Model model) {
		return showDelete(idOf(key), model);
	}

	@PostMapping("/{key}/delete")
	public ModelAndView delete(@PathVariable String key, @ModelAttribute("form") DeleteForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return processDelete(idOf(key), form, result, model, redirect);
	}

}
