package vn.thidua.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.thidua.account.AccountSessions;
import vn.thidua.shared.CurrentUser;

/**
 * Logs out a session whose account changed since its login (disabled, another role or
 * unit, a new password): the account's security version is read on every request, so this
 * holds on every instance at once. Static files are not checked.
 */
class AccountStateFilter extends OncePerRequestFilter {

	private final AccountSessions sessions;

	AccountStateFilter(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/images/") || path.equals("/favicon.ico") || path.startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& !this.sessions.isCurrent(user)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?ended");
			return;
		}
		chain.doFilter(request, response);
	}

}
