package vn.thidua.account.login;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.account.AppUser;
import vn.thidua.account.AppUserRepository;
import vn.thidua.account.LoginGuard;
import vn.thidua.account.LoginThrottle;
import vn.thidua.audit.AuditService;
import vn.thidua.shared.CurrentUser;

/**
 * Counts failed logins by name and address ({@link LoginGuard}: a failing address is
 * slowed, failures from several addresses lock the account for those). Every login,
 * failed or not, is audited with the client address, including attempts on names that do
 * not exist (the login page says the same in every case).
 */
@Component
public class LoginAttempts {

	public static final String ENTITY = "AppUser";

	private final AppUserRepository users;

	private final AuditService audit;

	private final LoginThrottle throttle;

	private final Clock clock;

	private final LoginGuard guard;

	LoginAttempts(AppUserRepository users, AuditService audit, LoginThrottle throttle, Clock clock, LoginGuard guard) {
		this.guard = guard;
		this.users = users;
		this.audit = audit;
		this.throttle = throttle;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		String username = AppUser.normalizeUsername(attempt.getName());
		AppUser user = this.users.findForLogin(username).orElse(null);
		String summary;
		String action = "LOGIN_FAILED";
		if (user == null) {
			summary = this.audit.words("trail.login.unknown");
			this.guard.failed(username, clientAddress(attempt));
		}
		else if (event.getException() instanceof LockedException || user.isLocked(this.clock.instant())) {
			// more wrong attempts during a lock do not extend it: nobody can keep an
			// account locked for ever by trying a few times every quarter of an hour
			summary = this.audit.words("trail.login.locked");
		}
		else if (!user.isEnabled()) {
			summary = this.audit.words("trail.login.disabled");
		}
		else {
			user.loginFailed();
			if (this.guard.failed(username, clientAddress(attempt))) {
				action = "ACCOUNT_LOCKED";
				summary = this.audit.words("trail.login.guarded", LoginGuard.WINDOW.toMinutes());
			}
			else {
				summary = this.audit.words("trail.login.wrongPassword", user.getFailedLogins());
			}
		}
		this.audit.record((user != null) ? user.getProvince().getId() : null, (user != null) ? user.getId() : null,
				username, action, ENTITY, (user != null) ? user.getId() : null, summary, clientAddress(attempt));
		this.throttle.failed(clientAddress(attempt));
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		Authentication login = event.getAuthentication();
		if (!(login.getPrincipal() instanceof CurrentUser current)) {
			return;
		}
		AppUser user = this.users.findForLogin(current.getUsername()).orElseThrow();
		user.loginSucceeded();
		this.guard.succeeded(user.getUsername(), clientAddress(login));
		this.audit.record(user.getProvince().getId(), user.getId(), user.getUsername(), "LOGIN", ENTITY, user.getId(),
				this.audit.words("trail.login.succeeded"), clientAddress(login));
	}

	private static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
