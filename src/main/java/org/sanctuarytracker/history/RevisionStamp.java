package org.sanctuarytracker.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each new revision with the signed-in editor and the edit summary. A save without
 * a summary fails instead of entering history unexplained.
 */
public class RevisionStamp implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Revision revision = (Revision) revisionEntity;
		String summary = EditSummary.current();
		if (summary == null) {
			throw new IllegalStateException("A change was saved without an edit summary");
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		revision.setUsername((authentication != null) ? authentication.getName() : "system");
		revision.setSummary(summary);
	}

}
