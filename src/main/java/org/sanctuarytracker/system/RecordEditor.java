package org.sanctuarytracker.system;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.source.CitingForm;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editing flow every record shares, so each feature's edit controller only maps URLs
 * and says how its record is loaded, saved and shown: the form re-renders with the input
 * kept and an error at each field; a save redirects with a flash message; a save based on
 * a stale version answers 409 with the input kept and the other editor's values beside
 * it; a constraint the database enforces becomes a field error; a delete goes through a
 * confirmation and is refused while other records depend on the record.
 *
 * @param <E> the record
 * @param <F> its form
 */
public abstract class RecordEditor<E extends BaseEntity, F extends EditForm> {

	private final EditableRecords<E, F> records;

	private final HistoryService history;

	private final SmartValidator validator;

	protected RecordEditor(EditableRecords<E, F> records, HistoryService history, SmartValidator validator) {
		this.records = records;
		this.history = history;
		this.validator = validator;
	}

	// What a feature says about its record.

	protected abstract Class<E> recordClass();

	protected abstract F formOf(E record);

	/**
	 * Puts the form's choices (people, jurisdictions, sources...) in the model; returns
	 * the view.
	 */
	protected abstract String formView(Model model, F form, E record);

	/** Where to go after a save or a delete: usually the page that shows the record. */
	protected abstract String pageOf(E record);

	/** Constraint name (or its ending) → form field, for the database's refusals. */
	protected Map<String, String> constraintFields() {
		return Map.of();
	}

	/** Checks beyond the form's annotations. */
	protected void validateMore(F form, Errors errors) {
		if (form instanceof CitingForm citing) {
			citing.validateCitations(errors, false);
		}
	}

	/** Why the record may not be deleted; empty when it may. */
	protected List<DeletePage.Blocker> deleteBlockers(E record) {
		return List.of();
	}

	// The flow.

	protected String showNew(Model model, F form) {
		model.addAttribute("form", form);
		return formView(model, form, null);
	}

	protected String processCreate(F form, BindingResult result, boolean onlyRefresh, Model model,
			RedirectAttributes redirect) {
		if (onlyRefresh || !isValid(form, result)) {
			return formView(model, form, null);
		}
		try {
			E record = create(form);
			flash(redirect, "edit.created", record);
			return "redirect:" + pageOf(record);
		}
		catch (NotFoundException ex) {
			// Something the form refers to was deleted meanwhile: keep the input and say
			// so.
			result.reject("edit.referenceMissing");
			return formView(model, form, null);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintErrors.reject(ex, result, constraintFields());
			return formView(model, form, null);
		}
	}

	protected String showEdit(long id, Model model) {
		E record = load(id);
		F form = formOf(record);
		model.addAttribute("form", form);
		return formView(model, form, record);
	}

	protected String processUpdate(long id, F form, BindingResult result, boolean onlyRefresh, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		E record = load(id);
		if (onlyRefresh || !isValid(form, result)) {
			return formView(model, form, record);
		}
		try {
			E saved = update(id, form);
			flash(redirect, "edit.saved", saved);
			return "redirect:" + pageOf(saved);
		}
		catch (NotFoundException ex) {
			result.reject("edit.referenceMissing");
			return formView(model, form, record);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			E current = load(id);
			model.addAttribute("conflicts", Conflicts.between(form, formOf(current)));
			model.addAttribute("conflictRevision", this.history.lastRevision(recordClass(), id));
			form.setVersion(current.getVersion());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return formView(model, form, current);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintErrors.reject(ex, result, constraintFields());
			return formView(model, form, record);
		}
	}

	protected String showDelete(long id, Model model) {
		E record = load(id);
		return DeletePage.show(model, new DeleteForm(record), record.label(), deleteAction(record), pageOf(record),
				deleteBlockers(record));
	}

	protected String processDelete(long id, DeleteForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		E record = load(id);
		List<DeletePage.Blocker> blockers = deleteBlockers(record);
		this.validator.validate(form, result);
		if (!blockers.isEmpty() || result.hasErrors()) {
			if (!blockers.isEmpty()) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			return DeletePage.show(model, form, record.label(), deleteAction(record), pageOf(record), blockers);
		}
		try {
			delete(id, form);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflictRevision", this.history.lastRevision(recordClass(), id));
			E current = load(id);
			return DeletePage.show(model, new DeleteForm(current), current.label(), deleteAction(current),
					pageOf(current), blockers);
		}
		catch (DataIntegrityViolationException ex) {
			// Something came to depend on the record between the check and the delete.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return DeletePage.show(model, form, record.label(), deleteAction(record), pageOf(record),
					deleteBlockers(load(id)));
		}
		flash(redirect, "edit.deleted", record);
		return "redirect:" + afterDelete(record);
	}

	/** Where to go once the record is gone. */
	protected abstract String afterDelete(E record);

	/** The delete confirmation's URL: by default the record's edit URL with /delete. */
	protected abstract String deleteAction(E record);

	private E load(long id) {
		return this.records.get(id);
	}

	private E create(F form) {
		return this.records.create(form);
	}

	private E update(long id, F form) {
		return this.records.update(id, form);
	}

	private void delete(long id, DeleteForm form) {
		this.records.delete(id, form);
	}

	private boolean isValid(F form, BindingResult result) {
		this.validator.validate(form, result);
		validateMore(form, result);
		return !result.hasErrors();
	}

	private static void flash(RedirectAttributes redirect, String message, BaseEntity record) {
		redirect.addFlashAttribute("message", message);
		redirect.addFlashAttribute("messageArgument", abbreviate(record.label()));
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 79) + "…" : text;
	}

}
