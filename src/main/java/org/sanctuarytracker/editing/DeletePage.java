package org.sanctuarytracker.editing;

import java.util.List;

import org.springframework.ui.Model;

/**
 * The one confirmation page every delete goes through: what will be deleted, why it may
 * be refused (records that depend on it), and the edit summary.
 */
public final class DeletePage {

	public static final String VIEW = "edit/delete";

	private DeletePage() {
	}

	public static String show(Model model, DeleteForm form, String what, String action, String cancel) {
		return show(model, form, what, action, cancel, List.of());
	}

	/**
	 * @param blockers message keys of the reasons the record may not be deleted (with
	 * their counts as argument); empty when it may
	 */
	public static String show(Model model, DeleteForm form, String what, String action, String cancel,
			List<Blocker> blockers) {
		model.addAttribute("form", form);
		model.addAttribute("what", what);
		model.addAttribute("action", action);
		model.addAttribute("cancel", cancel);
		model.addAttribute("blockers", blockers);
		return VIEW;
	}

	/**
	 * A reason a record may not be deleted: a message key and how many records depend on
	 * it.
	 */
	public record Blocker(String key, long count) {

	}

}
