package vn.thidua.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a user for login, with its province and district.
 */
@Service
class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final Clock clock;

	AppUserDetailsService(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String normalized = AppUser.normalizeUsername(username);
		return this.users.findForLogin(normalized)
			.map((user) -> new CurrentUser(user, this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No user " + normalized));
	}

}
