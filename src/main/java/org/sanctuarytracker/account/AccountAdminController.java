package org.sanctuarytracker.account;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Serves the administrators' account pages: list, create, change role or access, reset a
 * password.
 */
@Controller
class AccountAdminController {

	static final String LIST_VIEW = "account/list";

	static final String EDIT_VIEW = "account/edit";

	private final AccountService accounts;

	AccountAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

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
		if (result.hasErrors()) {
			return listView(model);
		}
		Account account = this.accounts.create(form.getUsername(), form.getDisplayName(), form.getRole(),
				form.getPassword());
		redirect.addFlashAttribute("message", "account.created");
		redirect.addFlashAttribute("messageArgument", account.getUsername());
		return "redirect:/admin/accounts";
	}

	@GetMapping("/admin/accounts/{id}")
	String edit(@PathVariable long id, Model model) {
		Account account = this.accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("updateForm", new AccountUpdateForm(account));
		model.addAttribute("passwordForm", new PasswordForm());
		model.addAttribute("roles", Role.values());
		return EDIT_VIEW;
	}

	@PostMapping("/admin/accounts/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("updateForm") AccountUpdateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		if (!result.hasErrors() && !this.accounts.update(id, form.getDisplayName(), form.getRole(), form.isEnabled())) {
			result.rejectValue("role", "account.lastAdmin");
		}
		if (result.hasErrors()) {
			model.addAttribute("account", account);
			model.addAttribute("passwordForm", new PasswordForm());
			model.addAttribute("roles", Role.values());
			return EDIT_VIEW;
		}
		redirect.addFlashAttribute("message", "account.updated");
		redirect.addFlashAttribute("messageArgument", account.getUsername());
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		if (result.hasErrors()) {
			model.addAttribute("account", account);
			model.addAttribute("updateForm", new AccountUpdateForm(account));
			model.addAttribute("roles", Role.values());
			return EDIT_VIEW;
		}
		this.accounts.resetPassword(id, form.getPassword());
		redirect.addFlashAttribute("message", "account.passwordReset");
		redirect.addFlashAttribute("messageArgument", account.getUsername());
		return "redirect:/admin/accounts";
	}

	private String listView(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.values());
		return LIST_VIEW;
	}

}
