package org.sanctuarytracker.source;

import org.sanctuarytracker.system.LinkPreviews;
import org.springframework.ui.Model;

/**
 * A fact's own page, its permalink (a policy, a statement, a funding row): the fact under
 * the name its template reads, its sources numbered as the page lists them, the citation
 * a reader copies, and what the preview of a shared link says of it (an article, with its
 * description).
 */
public final class Permalinks {

	private Permalinks() {
	}

	public static void show(Model model, String name, Cited fact, String citation, String description) {
		model.addAttribute(name, fact);
		model.addAttribute("sources", new SourceNumbers().add(fact));
		model.addAttribute("citation", citation);
		model.addAttribute(LinkPreviews.ARTICLE, true);
		model.addAttribute(LinkPreviews.DESCRIPTION, description);
	}

}
