package org.sanctuarytracker.source;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.DeletePage;
import org.sanctuarytracker.editing.RecordEditor;
import org.sanctuarytracker.history.HistoryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Serves the editors' source forms: add, edit, delete a source nothing cites.
 */
@Controller
class SourceEditController extends RecordEditor<Source, SourceForm> {

	static final String FORM_VIEW = "sources/form";

	private final SourceService sources;

	SourceEditController(SourceService sources, HistoryService history, SmartValidator validator) {
		super(sources, history, validator);
		this.sources = sources;
	}

	@GetMapping("/sources/new")
	String newSource(Model model) {
		return showNew(model, new SourceForm());
	}

	@PostMapping("/sources/new")
	String create(@ModelAttribute("form") SourceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return processCreate(form, result, false, model, redirect);
	}

	@GetMapping("/sources/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return showEdit(id, model);
	}

	@PostMapping("/sources/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") SourceForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return processUpdate(id, form, result, false, model, redirect, response);
	}

	@GetMapping("/sources/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return showDelete(id, model);
	}

	@PostMapping("/sources/{id}/delete")
	String delete(@PathVariable long id, @ModelAttribute("form") DeleteForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return processDelete(id, form, result, model, redirect, response);
	}

	@Override
	protected SourceForm formOf(Source source) {
		return new SourceForm(source);
	}

	@Override
	protected List<DeletePage.Blocker> deleteBlockers(Source source) {
		long citations = this.sources.citationCount(source.getId());
		// The source's own page lists every fact that cites it.
		return (citations > 0) ? List.of(new DeletePage.Blocker("delete.blocker.citations", citations,
				DeletePage.Link.toList("/sources/" + source.getId(), "delete.see.citations"))) : List.of();
	}

	@Override
	protected String formView(Model model, SourceForm form, Source source) {
		model.addAttribute("sourceId", (source != null) ? source.getId() : null);
		return FORM_VIEW;
	}

	@Override
	protected String pageOf(Source source) {
		return "/sources/" + source.getId();
	}

	@Override
	protected String afterDelete(Source source) {
		return "/";
	}

	@Override
	protected String deleteAction(Source source) {
		return "/sources/" + source.getId() + "/delete";
	}

}
