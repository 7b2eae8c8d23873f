package vn.thidua.account.login;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.account.AppUser;
import vn.thidua.account.AppUserRepository;
import vn.thidua.shared.CurrentUser;

/**
 * Loads a user for login, with its province and unit.
 */
@Service
public class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final Clock clock;

	AppUserDetailsService(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The signed-in user of an account: ids and names only (it is kept in the session).
	 */
	static CurrentUser currentUser(AppUser user, java.time.Instant now) {
		return new CurrentUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getFullName(),
				user.getRole(), user.getProvince().getId(), user.getProvince().getName(),
				(user.getUnit() != null) ? user.getUnit().getId() : null,
				(user.getUnit() != null) ? user.getUnit().getName() : null, user.isEnabled(), user.isLocked(now),
				user.isMustChangePassword(), user.getSecurityVersion());
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String normalized = AppUser.normalizeUsername(username);
		return this.users.findForLogin(normalized)
			.map((user) -> currentUser(user, this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No user " + normalized));
	}

}
