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
	 * A reason a record may not be deleted: a message key, how many records depend on it,
	 * and links to them: the list that shows them all (filtered to this record), or the
	 * first few themselves where no such list exists, with how many more there are.
	 */
	public record Blocker(String key, long count, List<Link> links, long more) {

		public Blocker(String key, long count) {
			this(key, count, List.of(), 0);
		}

		public Blocker(String key, long count, Link... links) {
			this(key, count, List.of(links), 0);
		}

	}

	/**
	 * A link to dependents: to a list named by a message key, or to one record named by
	 * its own text (a person's name).
	 */
	public record Link(String url, String key, String text) {

		public static Link toList(String url, String key) {
			return new Link(url, key, null);
		}

		public static Link toRecord(String url, String text) {
			return new Link(url, null, text);
		}

	}

}
