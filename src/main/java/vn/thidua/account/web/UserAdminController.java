package vn.thidua.account.web;

import java.time.Clock;
import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.account.AppUser;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Role;

/**
 * {@code /admin/users}: the accounts of the administrator's province.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAdminService users;

	private final Clock clock;

	UserAdminController(UserAdminService users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("users", this.users.list(admin));
		model.addAttribute("now", this.clock.instant());
		return "admin/users";
	}

	@GetMapping("/new")
	String newUser(@AuthenticationPrincipal CurrentUser admin, Model model) {
		return form(admin, null, new UserForm(), model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		AppUser user = this.users.create(admin, form, errors);
		if (user == null) {
			form.setPassword(null);
			return form(admin, null, form, model);
		}
		redirect.addFlashAttribute("message", "user.created");
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, Model model) {
		AppUser user = this.users.get(admin, id);
		return form(admin, user, UserForm.of(user), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!this.users.update(admin, id, form, errors)) {
			return form(admin, this.users.get(admin, id), form, model);
		}
		redirect.addFlashAttribute("message", "user.saved");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("reset") PasswordResetForm reset, BindingResult errors,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!this.users.resetPassword(admin, id, reset.getPassword(), errors)) {
			reset.setPassword(null);
			AppUser user = this.users.get(admin, id);
			return form(admin, user, UserForm.of(user), model);
		}
		redirect.addFlashAttribute("message", "user.passwordReset");
		return "redirect:/admin/users";
	}

	private String form(CurrentUser admin, AppUser user, UserForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("user", user);
		model.addAttribute("roles", Arrays.asList(Role.values()));
		model.addAttribute("units", this.users.units(admin));
		if (!model.containsAttribute("reset")) {
			model.addAttribute("reset", new PasswordResetForm());
		}
		return "admin/user-form";
	}

	/** The administrator's temporary password for a user. */
	public static class PasswordResetForm {

		private String password;

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

}
