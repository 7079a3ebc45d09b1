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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages of a fact that belongs to a jurisdiction (a policy, a statement, a
 * funding row, a figure, a designation): add one to a jurisdiction
 * ({@code /jurisdictions/{slug}/policies/new}), edit it ({@code /policies/{id}/edit}),
 * delete it ({@code /policies/{id}/delete}). The handlers are here, once; a feature's
 * controller says how its pages are addressed ({@link FactPages}), from which its view,
 * its element's id and where a save leads are derived, and only what is its own: its new
 * form, its checks, the choices its form offers.
 */
public abstract class FactEditor<E extends BaseEntity, F extends EditForm> extends RecordEditor<E, F> {

	protected FactEditor(EditableRecords<E, F> records, RecordEditing editing) {
		super(records, editing);
	}

	/**
	 * A new fact's form, for the jurisdiction with this slug (404 when there is none).
	 */
	protected abstract F newForm(String jurisdictionSlug);

	@GetMapping("/jurisdictions/{slug}/" + FactPagesMapping.SEGMENT + "/new")
	public String newRecord(@PathVariable String slug, Model model) {
		return showNew(model, newForm(slug));
	}

	@PostMapping("/jurisdictions/{slug}/" + FactPagesMapping.SEGMENT + "/new")
	public String create(@PathVariable String slug, @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return processCreate(form, result, model, redirect);
	}

	// The BindingResult keeps what could not be read (a date that is none) as the form's
	// errors, shown with it: without one a search would answer 400 and lose the input.
	@PostMapping(path = "/jurisdictions/{slug}/" + FactPagesMapping.SEGMENT + "/new", params = SEARCH_SOURCES)
	public String searchSourcesOfNew(@PathVariable String slug, @ModelAttribute("form") F form, BindingResult result,
			Model model) {
		return refreshCreate(form, model);
	}

	@GetMapping("/" + FactPagesMapping.SEGMENT + "/{id}/edit")
	public String edit(@PathVariable long id, Model model) {
		return showEdit(id, model);
	}

	@PostMapping("/" + FactPagesMapping.SEGMENT + "/{id}/edit")
	public ModelAndView update(@PathVariable long id, @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return processUpdate(id, form, result, model, redirect);
	}

	@PostMapping(path = "/" + FactPagesMapping.SEGMENT + "/{id}/edit", params = SEARCH_SOURCES)
	public ModelAndView searchSources(@PathVariable long id, @ModelAttribute("form") F form, BindingResult result,
			Model model) {
		return refreshUpdate(id, form, model);
	}

	@GetMapping("/" + FactPagesMapping.SEGMENT + "/{id}/delete")
	public String confirmDelete(@PathVariable long id, Model model) {
		return showDelete(id, model);
	}

	@PostMapping("/" + FactPagesMapping.SEGMENT + "/{id}/delete")
	public ModelAndView delete(@PathVariable long id, @ModelAttribute("form") DeleteForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return processDelete(id, form, result, model, redirect);
	}

	@Override
	protected String deleteAction(E record) {
		return "/" + segment() + "/" + record.getId() + "/delete";
	}

	/** This fact's URL segment, {@code policies}. */
	protected final String segment() {
		return pages().value();
	}

	/** How this fact's pages are addressed. */
	protected final FactPages pages() {
		FactPages pages = AnnotatedElementUtils.findMergedAnnotation(ClassUtils.getUserClass(getClass()),
				FactPages.class);
		if (pages == null) {
			throw new IllegalStateException(getClass().getName() + " is a FactEditor without @FactPages");
		}
		return pages;
	}

	/** The id of the fact's element on a page: {@code policy-12}. */
	@Override
	protected String anchorOf(E record) {
		return pages().anchor() + "-" + record.getId();
	}

}
