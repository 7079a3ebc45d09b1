package org.sanctuarytracker.history;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.BadRequestException;
import org.sanctuarytracker.system.BoundedCount;
import org.sanctuarytracker.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves the history: recent changes and their Atom feed, a jurisdiction's history and
 * feed, and each record's history with field-by-field differences. Histories open by id
 * whatever became of the record; the slug routes name the record that has the slug now,
 * else the last one that had it.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HistoryController {

	static final String CHANGES_VIEW = "history/changes";

	static final String HISTORY_VIEW = "history/record";

	static final String REVISION_VIEW = "history/revision";

	private static final int REVISION_PAGE_SIZE = 50;

	static final int MAX_CHOICES = 200;

	private static final int FEED_SIZE = 50;

	private static final int HISTORY_PAGE_SIZE = 20;

	private final HistoryService history;

	private final ChangeFeed feed;

	private final DeletedRecords deletedRecords;

	@GetMapping("/changes")
	String changes(@Valid @ModelAttribute("filter") ChangeFilter filter, Model model) {
		Page<RevisionChanges> results = this.history.revisions(filter);
		BoundedCount.show(results, model);
		model.addAttribute("types", RecordType.values());
		// The editors as a list only while it stays short, as the statement search's
		// choices; the jurisdiction is always typed (there are thousands).
		model.addAttribute("editors", this.history.editors(MAX_CHOICES).orElse(null));
		return CHANGES_VIEW;
	}

	/** Every record one revision changed (an import's rows), a page at a time. */
	@GetMapping("/changes/revisions/{revision}")
	String revision(@PathVariable long revision, @RequestParam(defaultValue = "1") int page, Model model) {
		checkPage(page);
		Page<Change> results = this.history.revisionRecords(revision, page, REVISION_PAGE_SIZE);
		if (results.isEmpty()) {
			throw new NotFoundException("revision", revision);
		}
		model.addAttribute("revision", results.getContent().get(0));
		BoundedCount.show(results, model);
		return REVISION_VIEW;
	}

	@GetMapping(path = "/changes.atom")
	ModelAndView changesFeed(HttpServletRequest request) {
		String base = base();
		ChangeFilter latest = new ChangeFilter(null, null, null, null, null, 1, FEED_SIZE);
		return this.feed
			.revisionsAtom(this.feed.title(null), base + "/changes", base + "/changes.atom", base,
					this.history.revisions(latest).getContent())
			.view();
	}

	@GetMapping("/jurisdictions/{slug}/history")
	String jurisdictionHistory(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		checkPage(page);
		return jurisdictionHistory(this.history.idBySlug(RecordType.JURISDICTION, slug), page, model);
	}

	@GetMapping("/history/jurisdictions/{id}")
	String jurisdictionHistory(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
		checkPage(page);
		model.addAttribute("recordLabel", this.history.label(RecordType.JURISDICTION, id));
		// Its feed is followed by the slug it has now; a deleted one has nothing to
		// follow.
		model.addAttribute("slug", this.history.currentSlug(RecordType.JURISDICTION, id).orElse(null));
		Page<Change> results = this.history.jurisdictionHistory(id, page, HISTORY_PAGE_SIZE);
		BoundedCount.show(results, model);
		offerRestores(model, RecordType.JURISDICTION, id, results);
		return HISTORY_VIEW;
	}

	@GetMapping("/jurisdictions/{slug}/changes.atom")
	ModelAndView jurisdictionFeed(@PathVariable String slug) {
		long id = this.history.idBySlug(RecordType.JURISDICTION, slug);
		String base = base();
		String page = this.history.currentSlug(RecordType.JURISDICTION, id)
			.map((current) -> "/jurisdictions/" + current)
			.orElse(RecordType.JURISDICTION.historyUrl(id));
		return this.feed
			.atom(this.feed.title(this.history.label(RecordType.JURISDICTION, id)), base + page,
					base + "/jurisdictions/" + slug + "/changes.atom", base,
					this.history.jurisdictionChanges(id, 1, FEED_SIZE).getContent())
			.view();
	}

	@GetMapping("/people/{slug}/history")
	String personHistory(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		checkPage(page);
		return recordHistory(RecordType.PERSON, this.history.idBySlug(RecordType.PERSON, slug), page, model);
	}

	@GetMapping("/history/people/{id}")
	String personHistory(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
		return recordHistory(RecordType.PERSON, id, page, model);
	}

	@GetMapping("/{type:policies|statements|funding|indicators|designations|sources}/{id}/history")
	String recordHistory(@PathVariable String type, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
			Model model) {
		return recordHistory(RecordType.fromPath(type), id, page, model);
	}

	private String recordHistory(RecordType type, long id, int page, Model model) {
		checkPage(page);
		model.addAttribute("recordLabel", this.history.label(type, id));
		Page<Change> results = this.history.recordHistory(type, id, page, HISTORY_PAGE_SIZE);
		BoundedCount.show(results, model);
		offerRestores(model, type, id, results);
		return HISTORY_VIEW;
	}

	/**
	 * The records of the page that are deleted, whose versions an editor may restore, and
	 * whether the page's own record is one of them.
	 */
	private void offerRestores(Model model, RecordType type, long id, Page<Change> results) {
		Set<String> deleted = this.deletedRecords.among(results.getContent());
		model.addAttribute("deleted", deleted);
		model.addAttribute("recordDeleted", deleted.contains(DeletedRecords.key(type, id)));
	}

	private static void checkPage(int page) {
		if (page < 1 || page > 100000) {
			throw new BadRequestException("api.page.invalid", page);
		}
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
