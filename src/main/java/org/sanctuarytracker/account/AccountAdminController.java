package org.sanctuarytracker.account;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.editing.StaleEditException;
import org.sanctuarytracker.system.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Serves the administrators' account pages: list, create, change role or access, reset a
 * password, unlock, and each account's history.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountAdminController {

	static final String LIST_VIEW = "account/list";

	static final String EDIT_VIEW = "account/edit";

	static final String HISTORY_VIEW = "account/history";

	static final int MAX_SUMMARY = 200;

	private final AccountService accounts;

	private final MessageSource messages;

	private final PasswordRules passwordRules;

	private final AccountHistory history;

	private final Clock clock;

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accountForm", new AccountForm());
		return listView(model);
	}

	@PostMapping("/admin/accounts")
	String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && this.accounts.exists(form.getUsername())) {
			result.rejectValue("username", "account.username.taken");
		}
		this.passwordRules.check(form.getPassword(), form.getUsername(), result, "password");
		if (result.hasErrors()) {
			return listView(model);
		}
		Account account;
		try {
			account = this.accounts.create(form.getUsername(), form.getDisplayName(), form.getRole(),
					form.getPassword(), form.getEditSummary());
		}
		catch (DataIntegrityViolationException ex) {
			// Taken by another administrator's request between the check and the save.
			result.rejectValue("username", "account.username.taken");
			return listView(model);
		}
		redirect.addFlashAttribute("message", "account.created");
		redirect.addFlashAttribute("messageArgument", account.getUsername());
		return "redirect:/admin/accounts";
	}

	@GetMapping("/admin/accounts/{id}")
	String edit(@PathVariable long id, Model model) {
		Account account = this.accounts.get(id);
		return editView(model, account, new AccountUpdateForm(account), new PasswordForm(account));
	}

	@PostMapping("/admin/accounts/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("updateForm") AccountUpdateForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Principal principal) {
		Account account = this.accounts.get(id);
		if (result.hasErrors()) {
			return new ModelAndView(editView(model, account, form, new PasswordForm(account)));
		}
		try {
			if (!this.accounts.update(id, form.getVersion(), form.getDisplayName(), form.getRole(), form.isEnabled(),
					form.getEditSummary(), principal.getName())) {
				result.rejectValue("role", "account.lastAdmin");
				return new ModelAndView(editView(model, account, form, new PasswordForm(account)));
			}
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			Account current = this.accounts.get(id);
			model.addAttribute("storedNow", storedNow(form, current));
			form.setVersion(current.getVersion());
			return stale(model, current, form, new PasswordForm(current));
		}
		redirect.addFlashAttribute("message", "account.updated");
		redirect.addFlashAttribute("messageArgument", account.getUsername());
		return new ModelAndView("redirect:/admin/accounts");
	}

	@PostMapping("/admin/accounts/{id}/password")
	ModelAndView resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Principal principal) {
		Account account = this.accounts.get(id);
		this.passwordRules.check(form.getPassword(), account.getUsername(), result, "password");
		if (result.hasErrors()) {
			return new ModelAndView(editView(model, account, new AccountUpdateForm(account), form));
		}
		try {
			this.accounts.resetPassword(id, form.getVersion(), form.getPassword(), form.getResetSummary(),
					principal.getName());
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			Account current = this.accounts.get(id);
			form.setVersion(current.getVersion());
			model.addAttribute("passwordNotReset", true);
			return stale(model, current, new AccountUpdateForm(current), form);
		}
		redirect.addFlashAttribute("message", "account.passwordReset");
		redirect.addFlashAttribute("messageArgument", account.getUsername());
		return new ModelAndView("redirect:/admin/accounts");
	}

	/**
	 * Lifts an account's lock, from the list or the account's page (back to where it was
	 * asked); the reason is optional, since the lock itself says why.
	 */
	@PostMapping("/admin/accounts/{id}/unlock")
	String unlock(@PathVariable long id, @RequestParam(required = false) String unlockSummary,
			@RequestParam(required = false) String back, RedirectAttributes redirect, Principal principal) {
		String summary = (unlockSummary != null) ? unlockSummary.strip() : "";
		if (summary.length() > MAX_SUMMARY) {
			throw new BadRequestException("accounts.unlock.summaryTooLong", MAX_SUMMARY);
		}
		Account account = this.accounts.get(id);
		boolean unlocked = this.accounts.unlock(id,
				summary.isEmpty() ? message("accounts.unlock.defaultSummary") : summary, principal.getName());
		redirect.addFlashAttribute("message", unlocked ? "account.unlocked" : "account.notLocked");
		redirect.addFlashAttribute("messageArgument", account.getUsername());
		return "list".equals(back) ? "redirect:/admin/accounts" : "redirect:/admin/accounts/" + id;
	}

	/** The account's changes, newest first, a page at a time. */
	@GetMapping("/admin/accounts/{id}/history")
	String history(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
		if (page < 1 || page > 100000) {
			throw new BadRequestException("api.page.invalid", page);
		}
		Account account = this.accounts.get(id);
		List<AccountHistory.Entry> entries = this.history.page(id, page);
		model.addAttribute("account", account);
		model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), AccountHistory.PAGE_SIZE)));
		model.addAttribute("page", page);
		model.addAttribute("hasOlder", entries.size() > AccountHistory.PAGE_SIZE);
		model.addAttribute("zone", this.clock.getZone().getId());
		return HISTORY_VIEW;
	}

	/**
	 * The 409 page: the input kept, who saved the account meanwhile and when, and the
	 * stored value beside each field where the input differs.
	 */
	private ModelAndView stale(Model model, Account current, AccountUpdateForm updateForm, PasswordForm passwordForm) {
		model.addAttribute("staleAccount", current);
		return new ModelAndView(editView(model, current, updateForm, passwordForm), HttpStatus.CONFLICT);
	}

	/** The stored values, in words, of the fields where the input differs from them. */
	private Map<String, String> storedNow(AccountUpdateForm form, Account current) {
		Map<String, String> stored = new LinkedHashMap<>();
		if (!Objects.equals(strip(form.getDisplayName()), current.getDisplayName())) {
			stored.put("displayName", current.getDisplayName());
		}
		if (form.getRole() != current.getRole()) {
			stored.put("role", message("role." + current.getRole()));
		}
		if (form.isEnabled() != current.isEnabled()) {
			stored.put("enabled", message(current.isEnabled() ? "accounts.enabled" : "accounts.disabled"));
		}
		return stored;
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : null;
	}

	private String editView(Model model, Account account, AccountUpdateForm updateForm, PasswordForm passwordForm) {
		model.addAttribute("account", account);
		model.addAttribute("lock", AccountLock.of(account, this.clock));
		model.addAttribute("zone", this.clock.getZone().getId());
		model.addAttribute("updateForm", updateForm);
		model.addAttribute("passwordForm", passwordForm);
		model.addAttribute("roles", Role.values());
		return EDIT_VIEW;
	}

	private String listView(Model model) {
		model.addAttribute("accounts",
				this.accounts.all().stream().map((a) -> new AccountRow(a, AccountLock.of(a, this.clock))).toList());
		model.addAttribute("zone", this.clock.getZone().getId());
		model.addAttribute("roles", Role.values());
		return LIST_VIEW;
	}

}
