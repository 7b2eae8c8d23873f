package vn.thidua.account;

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

	AppUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String normalized = (username != null) ? username.trim().toLowerCase() : "";
		return this.users.findForLogin(normalized)
			.map(CurrentUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No user " + normalized));
	}

}
