package org.sanctuarytracker.editing;

import org.sanctuarytracker.history.EditSummary;
import org.sanctuarytracker.system.BaseEntity;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * How every service's save of an existing record begins, and its delete: the record as
 * stored is refused when the editor's form started from another version
 * ({@link StaleEditException}, answered 409 with the input kept), and the form's edit
 * summary is what the history records for the save.
 */
public final class RecordSaves {

	private RecordSaves() {
	}

	/**
	 * The stored record, to be changed by the form's save.
	 * @param noun what the refusal calls the record ("policy")
	 */
	public static <E extends BaseEntity> E editing(E stored, EditForm form, String noun) {
		StaleEditException.check(stored, form.getVersion(), noun);
		EditSummary.set(form.getEditSummary());
		return stored;
	}

	/** Deletes the stored record, as the form's version saw it, at once (flushed). */
	public static <E extends BaseEntity> void delete(JpaRepository<E, Long> repository, E stored, DeleteForm form,
			String noun) {
		repository.delete(editing(stored, form, noun));
		repository.flush();
	}

}
