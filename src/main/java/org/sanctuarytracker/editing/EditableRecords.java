package org.sanctuarytracker.editing;

import org.sanctuarytracker.system.BaseEntity;

/**
 * What a feature's service offers the shared edit flow ({@link RecordEditor}): read one
 * record, create it from a form, update it from a form (checking the version), delete it.
 *
 * @param <E> the record
 * @param <F> its form
 */
public interface EditableRecords<E extends BaseEntity, F extends EditForm> {

	E get(long id);

	E create(F form);

	E update(long id, F form);

	void delete(long id, DeleteForm form);

}
