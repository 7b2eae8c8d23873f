package vn.thidua.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.account.AccountService;
import vn.thidua.shared.CurrentUser;

/**
 * Every user changes its own password here; a user whose password an administrator set is
 * sent here before any other page ({@link PasswordChangeRequired}).
 */
@Controller
public class AccountController {

	public static final String PASSWORD_PAGE = "/account/password";

	private final AccountService accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping(PASSWORD_PAGE)
	String passwordForm(@ModelAttribute("form") PasswordChangeForm form) {
		return "account/password";
	}

	@PostMapping(PASSWORD_PAGE)
	String changePassword(@ModelAttribute("form") PasswordChangeForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser changed = this.accounts.changeOwnPassword(user, request.getSession().getId(), form, errors);
		if (changed == null) {
			form.setCurrent(null);
			form.setPassword(null);
			form.setConfirmation(null);
			return "account/password";
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/";
	}

}
