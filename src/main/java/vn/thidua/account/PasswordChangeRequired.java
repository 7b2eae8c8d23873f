package vn.thidua.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import vn.thidua.account.web.AccountController;
import vn.thidua.shared.CurrentUser;

/**
 * Sends a user whose password an administrator set to the change-password page, from
 * every page but that one (and logout, error pages and assets, which are not mapped to
 * it).
 */
public class PasswordChangeRequired implements HandlerInterceptor {

	/** The paths a user who must change its password may still reach. */
	public static final String[] EXEMPT = { AccountController.PASSWORD_PAGE, "/logout", "/login", "/error",
			"/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/actuator/**" };

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.mustChangePassword()) {
			response.sendRedirect(request.getContextPath() + AccountController.PASSWORD_PAGE);
			return false;
		}
		return true;
	}

}
