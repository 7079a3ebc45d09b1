package org.sanctuarytracker.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.history.Revision;
import org.sanctuarytracker.system.BadRequestException;
import org.sanctuarytracker.system.BaseEntity;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.Sentences;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.core.GenericTypeResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editing flow every record shares, so each feature's edit controller only maps URLs
 * and says how its record is loaded, saved and shown: the form re-renders with the input
 * kept and an error at each field; a save redirects with a flash message; a save based on
 * a stale version is merged field by field with what was saved meanwhile, and answers 409
 * with both values only where both editors changed a field; a constraint the database
 * enforces becomes a field error; a delete goes through a confirmation and is refused
 * while other records depend on the record.
 *
 * @param <E> the record
 * @param <F> its form
 */
public abstract class RecordEditor<E extends BaseEntity, F extends EditForm> {

	private final EditableRecords<E, F> records;

	private final HistoryService history;

	private final SmartValidator validator;

	protected RecordEditor(EditableRecords<E, F> records, RecordEditing editing) {
		this.records = records;
		this.history = editing.history();
		this.validator = editing.validator();
	}

	// What a feature says about its record.

	/** The record's class, from the editor's declared type arguments. */
	@SuppressWarnings("unchecked")
	protected Class<E> recordClass() {
		return (Class<E>) typeArgument(0);
	}

	/** The form's class, from the editor's declared type arguments. */
	@SuppressWarnings("unchecked")
	private Class<F> formClass() {
		return (Class<F>) typeArgument(1);
	}

	private Class<?> typeArgument(int index) {
		Class<?>[] types = GenericTypeResolver.resolveTypeArguments(ClassUtils.getUserClass(getClass()),
				RecordEditor.class);
		if (types == null || types[index] == null) {
			throw new IllegalStateException(getClass().getName() + " does not name its record and form classes");
		}
		return types[index];
	}

	/**
	 * An empty form, for a new record: the form class's constructor without arguments.
	 */
	protected F emptyForm() {
		return BeanUtils.instantiateClass(formClass());
	}

	/**
	 * The form showing a record as it stands: the form class's constructor from the
	 * record, which every form has (so the form, not its controller, says how a record
	 * fills it).
	 */
	protected F formOf(E record) {
		try {
			return BeanUtils.instantiateClass(formClass().getDeclaredConstructor(recordClass()), record);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(
					formClass().getName() + " has no constructor from a " + recordClass().getSimpleName(), ex);
		}
	}

	/**
	 * The form's view, with what it needs in the model beside the form (the record's id
	 * or key, the sources to choose from); derived by each kind of editor from how its
	 * pages are addressed.
	 */
	protected abstract String formView(Model model, F form, E record);

	/** Where to go after a save or a delete: usually the page that shows the record. */
	protected abstract String pageOf(E record);

	/** Constraint name (or its ending) → form field, for the database's refusals. */
	protected Map<String, String> constraintFields() {
		return Map.of();
	}

	/**
	 * Checks that look records up (is the new person already on record?), after the
	 * form's annotations and its own rules ({@link EditForm#checkRules}).
	 */
	protected void validateMore(F form, Errors errors) {
	}

	/**
	 * The form's picker fields (field → the records it chooses among), for choices among
	 * too many records to list: a person, a jurisdiction.
	 */
	protected Map<String, RecordChoices> pickers(F form) {
		return Map.of();
	}

	/** Why the record may not be deleted; empty when it may. */
	protected List<DeletePage.Blocker> deleteBlockers(E record) {
		return List.of();
	}

	/**
	 * The name of the source search's button in a form: a form sent with it comes back
	 * with what the search found, neither checked nor saved (its own handlers, mapped by
	 * this parameter).
	 */
	protected static final String SEARCH_SOURCES = "searchSources";

	// The flow.

	protected String showNew(Model model, F form) {
		model.addAttribute("form", form);
		return render(model, form, null);
	}

	/**
	 * The new record's form again, as typed, with what its source search found: the
	 * search's own button, which checks and saves nothing.
	 */
	protected String refreshCreate(F form, Model model) {
		RecordPickers.applyChosen(form, pickers(form));
		return render(model, form, null);
	}

	protected String processCreate(F form, BindingResult result, Model model, RedirectAttributes redirect) {
		RecordPickers.applyChosen(form, pickers(form));
		if (form.getFind() != null || !isValid(form, result)) {
			return render(model, form, null);
		}
		try {
			E record = create(form);
			flash(redirect, "flash.created", record);
			return "redirect:" + pageOf(record);
		}
		catch (NotFoundException ex) {
			// Something the form refers to was deleted meanwhile: keep the input and say
			// so.
			result.reject("edit.referenceMissing");
			return render(model, form, null);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintErrors.reject(ex, result, constraintFields());
			return render(model, form, null);
		}
	}

	protected String showEdit(long id, Model model) {
		E record = load(id);
		F form = formOf(record);
		form.setRecordId(record.getId());
		model.addAttribute("form", form);
		return render(model, form, record);
	}

	/**
	 * Saves an edit of the record with this id. A save based on a stale version is merged
	 * with what was saved meanwhile: when no field was changed by both editors the merge
	 * is saved at once, otherwise the form answers 409 with both values of each such
	 * field for the editor to choose. A record deleted meanwhile keeps the input, offered
	 * to be saved as a new record.
	 */
	protected ModelAndView processUpdate(long id, F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		E record = opened(id, form);
		if (record == null) {
			return deletedMeanwhile(id, form, model);
		}
		if (form.getFind() != null || !isValid(form, result)) {
			return new ModelAndView(render(model, form, record));
		}
		return save(id, form, result, model, redirect, 0);
	}

	/**
	 * The edit form again, as typed, with what its source search found: the search's own
	 * button, which checks and saves nothing.
	 */
	protected ModelAndView refreshUpdate(long id, F form, Model model) {
		E record = opened(id, form);
		if (record == null) {
			return deletedMeanwhile(id, form, model);
		}
		return new ModelAndView(render(model, form, record));
	}

	/**
	 * The record a sent edit form is of, with the form's picks and "keep theirs" choices
	 * applied; null when it was deleted meanwhile.
	 */
	private E opened(long id, F form) {
		if (form.getRecordId() != null && form.getRecordId() != id) {
			throw new BadRequestException("edit.wrongRecord");
		}
		E record = find(id).orElse(null);
		if (record != null) {
			form.setRecordId(id);
			RecordPickers.applyChosen(form, pickers(form));
			keepTheirs(id, form);
		}
		return record;
	}

	private ModelAndView save(long id, F form, BindingResult result, Model model, RedirectAttributes redirect,
			int merges) {
		try {
			E saved = update(id, form);
			flash(redirect, "flash.saved", saved);
			return new ModelAndView("redirect:" + pageOf(saved));
		}
		catch (NotFoundException ex) {
			Optional<E> record = find(id);
			if (record.isEmpty()) {
				return deletedMeanwhile(id, form, model);
			}
			result.reject("edit.referenceMissing");
			return new ModelAndView(render(model, form, record.get()));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return merge(id, form, result, model, redirect, merges);
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintErrors.reject(ex, result, constraintFields());
			return new ModelAndView(render(model, form, load(id)));
		}
	}

	/**
	 * Someone saved since this editor opened the form: merge both edits against the
	 * version the editor started from, save the merge if nothing collides (and it is
	 * still valid), else show the collisions.
	 */
	private ModelAndView merge(long id, F form, BindingResult result, Model model, RedirectAttributes redirect,
			int merges) {
		E current = find(id).orElse(null);
		if (current == null) {
			return deletedMeanwhile(id, form, model);
		}
		F theirs = formOf(current);
		Optional<F> base = startedFrom(id, form.getVersion());
		ThreeWayMerge.Result merged = base.map((started) -> ThreeWayMerge.into(started, form, theirs))
			.orElseGet(() -> ThreeWayMerge.withoutBase(form, theirs));
		form.setVersion(current.getVersion());
		Revision revision = this.history.lastRevision(recordClass(), id);
		// A third save racing this one is merged again, a few times at most.
		if (merged.conflicts().isEmpty() && merges < 3 && isValid(form, result)) {
			ModelAndView saved = save(id, form, result, model, redirect, merges + 1);
			if (saved.getViewName().startsWith("redirect:") && !merged.takenFromThem().isEmpty()) {
				redirect.addFlashAttribute("keptTheirs", merged.takenFromThem());
				redirect.addFlashAttribute("keptTheirsBy", (revision != null) ? revision.getUsername() : null);
			}
			return saved;
		}
		model.addAttribute("conflicts", merged.conflicts()
			.stream()
			.collect(Collectors.toMap(FieldConflict::field, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
		model.addAttribute("keptTheirs", merged.takenFromThem());
		model.addAttribute("conflictRevision", revision);
		return conflict(render(model, form, current));
	}

	/**
	 * Applies the editor's "keep theirs" choices from the conflict page: the value the
	 * other editor had saved in the version the conflict page showed.
	 */
	private void keepTheirs(long id, F form) {
		List<String> fields = form.getKeep()
			.entrySet()
			.stream()
			.filter((choice) -> EditForm.KEEP_THEIRS.equals(choice.getValue()))
			.filter((choice) -> ThreeWayMerge.isField(choice.getKey()))
			.map(Map.Entry::getKey)
			.toList();
		form.getKeep().clear();
		if (fields.isEmpty() || form.getVersion() == null) {
			return;
		}
		startedFrom(id, form.getVersion()).ifPresent((shown) -> {
			BeanWrapper theirs = PropertyAccessorFactory.forBeanPropertyAccess(shown);
			BeanWrapper mine = PropertyAccessorFactory.forBeanPropertyAccess(form);
			for (String field : fields) {
				if (mine.isWritableProperty(field) && theirs.isReadableProperty(field)) {
					mine.setPropertyValue(field, theirs.getPropertyValue(field));
				}
			}
		});
	}

	/**
	 * The form of the record as it stood at a version, when the history can say. It
	 * cannot for a version it never recorded (before versions were kept), nor when a
	 * record this one refers to was written outside the history: the merge then treats
	 * every difference as the editor's to settle.
	 */
	private Optional<F> startedFrom(long id, Long version) {
		if (version == null) {
			return Optional.empty();
		}
		try {
			return this.history.atVersion(recordClass(), id, version, this::formOf);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The record was deleted while the editor typed: keep every word, say who deleted it,
	 * and offer the input as a new record (the form is rendered as a creation form).
	 */
	private ModelAndView deletedMeanwhile(long id, F form, Model model) {
		Revision deletion = this.history.lastRevision(recordClass(), id);
		if (deletion == null) {
			throw new NotFoundException(recordClass().getSimpleName(), id);
		}
		model.addAttribute("deletedRevision", deletion);
		form.setVersion(null);
		form.setRecordId(null);
		form.getKeep().clear();
		return conflict(render(model, form, null));
	}

	protected String showDelete(long id, Model model) {
		E record = load(id);
		return DeletePage.show(model, new DeleteForm(record), record.label(), deleteAction(record), pageOf(record),
				deleteBlockers(record));
	}

	protected ModelAndView processDelete(long id, DeleteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		E record = load(id);
		List<DeletePage.Blocker> blockers = deleteBlockers(record);
		this.validator.validate(form, result);
		if (!blockers.isEmpty() || result.hasErrors()) {
			String page = DeletePage.show(model, form, record.label(), deleteAction(record), pageOf(record), blockers);
			return blockers.isEmpty() ? new ModelAndView(page) : conflict(page);
		}
		try {
			delete(id, form);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("conflictRevision", this.history.lastRevision(recordClass(), id));
			E current = load(id);
			return conflict(DeletePage.show(model, new DeleteForm(current), current.label(), deleteAction(current),
					pageOf(current), blockers));
		}
		catch (DataIntegrityViolationException ex) {
			// Something came to depend on the record between the check and the delete.
			return conflict(DeletePage.show(model, form, record.label(), deleteAction(record), pageOf(record),
					deleteBlockers(load(id))));
		}
		flash(redirect, "flash.deleted", record);
		return new ModelAndView("redirect:" + afterDelete(record));
	}

	/**
	 * A page that answers 409 Conflict: the record changed, was deleted or came to be
	 * depended on since the editor opened it. The model is the handler's.
	 */
	private static ModelAndView conflict(String view) {
		return new ModelAndView(view, HttpStatus.CONFLICT);
	}

	/**
	 * The id of the record's element on the page a save redirects to, for the highlight:
	 * {@code statement-19}, {@code indicator-12}; null when the page is the record's own
	 * and shows nothing else to tell it from.
	 */
	protected String anchorOf(E record) {
		// By default the page redirected to is the record's own.
		return null;
	}

	/** Where to go once the record is gone. */
	protected abstract String afterDelete(E record);

	/** The delete confirmation's URL: by default the record's edit URL with /delete. */
	protected abstract String deleteAction(E record);

	private E load(long id) {
		return this.records.get(id);
	}

	/**
	 * The record a slug-routed form was opened for: its id travels in the form, so a slug
	 * renamed (or reused by another record) meanwhile cannot redirect the save.
	 */
	protected static long recordIdOf(EditForm form) {
		if (form.getRecordId() == null) {
			throw new BadRequestException("edit.noRecord");
		}
		return form.getRecordId();
	}

	private Optional<E> find(long id) {
		try {
			return Optional.of(this.records.get(id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
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
		form.checkRules(result);
		validateMore(form, result);
		RecordPickers.rejectUnknown(form, pickers(form), result);
		return !result.hasErrors();
	}

	/**
	 * The form's view with its choices, what each picker field shows, and whether it
	 * edits a stored record or adds one (its heading and title: "Edit policy", "New
	 * policy").
	 */
	private String render(Model model, F form, E record) {
		String view = formView(model, form, record);
		model.addAttribute("existingRecord", record != null);
		model.addAttribute("pickers", RecordPickers.show(form, pickers(form)));
		return view;
	}

	/**
	 * The confirmation: its key has no full stop of its own, since the record's label may
	 * end a sentence already. {@code savedRecord} names the record saved (its anchor on
	 * the page redirected to, e.g. {@code indicator-12}), so that page can highlight it
	 * and show the confirmation beside it.
	 */
	private void flash(RedirectAttributes redirect, String message, E record) {
		redirect.addFlashAttribute("message", message);
		redirect.addFlashAttribute("messageArgument", Sentences.closed(abbreviate(record.label())));
		if (!"flash.deleted".equals(message) && anchorOf(record) != null) {
			redirect.addFlashAttribute("savedRecord", anchorOf(record));
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 79) + "…" : text;
	}

}
