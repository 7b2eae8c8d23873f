package vn.thidua.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.account.login.LoginAttempts;
import vn.thidua.account.web.PasswordChangeForm;
import vn.thidua.audit.AuditService;
import vn.thidua.shared.CurrentUser;

/**
 * A user's own account: changing its password.
 */
@Service
public class AccountService {

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AuditService audit;

	private final AccountSessions sessions;

	AccountService(AppUserRepository users, PasswordEncoder encoder, PasswordPolicy policy, AuditService audit,
			AccountSessions sessions) {
		this.sessions = sessions;
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
	}

	/**
	 * Checks every field in one pass; on success stores the new password and returns the
	 * user as it now is, else {@code null} with nothing changed.
	 */
	@Transactional
	public CurrentUser changeOwnPassword(CurrentUser current, String sessionId, PasswordChangeForm form,
			Errors errors) {
		AppUser user = this.users.findForLogin(current.getUsername()).orElseThrow();
		if (form.getCurrent() == null || !PasswordPolicy.checkable(form.getCurrent())
				|| !this.encoder.matches(form.getCurrent(), user.getPasswordHash())) {
			errors.rejectValue("current", "password.currentWrong");
		}
		this.policy.check(user.getUsername(), form.getPassword(), "password", errors);
		if (form.getPassword() != null && !form.getPassword().equals(form.getConfirmation())) {
			errors.rejectValue("confirmation", "password.mismatch");
		}
		if (!errors.hasFieldErrors("current") && !errors.hasFieldErrors("password") && form.getPassword() != null
				&& this.encoder.matches(form.getPassword(), user.getPasswordHash())) {
			errors.rejectValue("password", "password.sameAsOld");
		}
		if (errors.hasErrors()) {
			return null;
		}
		String hash = this.encoder.encode(form.getPassword());
		user.setPassword(hash, false);
		int ended = this.sessions.end(user.getUsername(), sessionId);
		this.audit.record(current, "PASSWORD_CHANGED", LoginAttempts.ENTITY, user.getId(), (ended > 0)
				? this.audit.words("trail.password.changedEnding", ended) : this.audit.words("trail.password.changed"));
		return current.withOwnPassword(hash, user.getSecurityVersion());
	}

}
