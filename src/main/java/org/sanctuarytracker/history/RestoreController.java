package org.sanctuarytracker.history;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Serves "restore this version" on a deleted record's history (editors only, as every
 * POST is): the record comes back as it stood at the chosen revision, or the page says
 * why it cannot.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RestoreController {

	static final String REFUSED_VIEW = "history/restore-refused";

	static final int MAX_REASON = 200;

	private final RecordRestorer restorer;

	private final HistoryService history;

	private final MessageSource messages;

	@PostMapping("/history/{type}/{id}/restore")
	ModelAndView restore(@PathVariable String type, @PathVariable long id, @RequestParam long revision,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		RecordType recordType = RecordType.fromPath(type);
		if (recordType == null) {
			throw new NotFoundException("record type", type);
		}
		String label = this.history.label(recordType, id);
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > MAX_REASON) {
			return refused(model, HttpStatus.BAD_REQUEST, recordType, id, label,
					why.isEmpty() ? "restore.reasonRequired" : "restore.reasonTooLong");
		}
		try {
			this.restorer.restore(recordType, id, revision, this.messages.getMessage("restore.summary",
					new Object[] { revision, why }, LocaleContextHolder.getLocale()));
		}
		catch (RestoreRefusedException ex) {
			return refused(model, HttpStatus.CONFLICT, recordType, id, label, ex.reasonKey());
		}
		redirect.addFlashAttribute("message", "restore.done");
		redirect.addFlashAttribute("messageArgument", revision);
		return new ModelAndView("redirect:" + recordType.historyUrl(id));
	}

	/**
	 * The refusal's page, with its status: a reason missing (400), a restore the record's
	 * state refuses (409).
	 */
	private static ModelAndView refused(Model model, HttpStatus status, RecordType type, long id, String label,
			String reasonKey) {
		model.addAttribute("recordLabel", label);
		model.addAttribute("historyUrl", type.historyUrl(id));
		model.addAttribute("reasonKey", reasonKey);
		model.addAttribute("maxReason", MAX_REASON);
		return new ModelAndView(REFUSED_VIEW, status);
	}

}
