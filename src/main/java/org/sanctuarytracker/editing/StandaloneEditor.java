package org.sanctuarytracker.editing;

import jakarta.servlet.http.HttpServletResponse;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.system.BaseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages of a record addressed by its slug (a jurisdiction, a person), under
 * the controller's own {@code @RequestMapping("/people")}: {@code /people/new},
 * {@code /people/{slug}/edit}, {@code /people/{slug}/delete}. The slug opens the record;
 * a save goes to the id its form carries ({@link #recordIdOf}), so a slug renamed or
 * taken by another record meanwhile cannot redirect it. A feature's controller says only
 * what is its own.
 */
public abstract class SluggedEditor<E extends BaseEntity, F extends EditForm> extends RecordEditor<E, F> {

	protected SluggedEditor(EditableRecords<E, F> records, HistoryService history, SmartValidator validator) {
		super(records, history, validator);
	}

	/** An empty form for a new record. */
	protected abstract F emptyForm();

	/** The id of the record with this slug (404 when there is none). */
	protected abstract long idOf(String slug);

	@GetMapping("/new")
	public String newRecord(Model model) {
		return showNew(model, emptyForm());
	}

	@PostMapping("/new")
	public String create(@ModelAttribute("form") F form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect) {
		return processCreate(form, result, searchSources != null, model, redirect);
	}

	@GetMapping("/{slug}/edit")
	public String edit(@PathVariable String slug, Model model) {
		return showEdit(idOf(slug), model);
	}

	@PostMapping("/{slug}/edit")
	public String update(@PathVariable String slug, @ModelAttribute("form") F form, BindingResult result,
			@RequestParam(required = false) String searchSources, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return processUpdate(recordIdOf(form), form, result, searchSources != null, model, redirect, response);
	}

	@GetMapping("/{slug}/delete")
	public String confirmDelete(@PathVariable String slug, Model model) {
		return showDelete(idOf(slug), model);
	}

	@PostMapping("/{slug}/delete")
	public String delete(@PathVariable String slug, @ModelAttribute("form") DeleteForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return processDelete(idOf(slug), form, result, model, redirect, response);
	}

}
