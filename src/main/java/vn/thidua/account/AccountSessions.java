package vn.thidua.account;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import vn.thidua.shared.CurrentUser;

/**
 * Sessions follow their account. A session remembers the account's security version of
 * its login ({@link CurrentUser#securityVersion()}); {@link #isCurrent(CurrentUser)}
 * reads the account's (one indexed read per request) so that a disabled, demoted, moved
 * or reset account stops working at its next request on every instance; {@link #end} also
 * removes the sessions themselves (Spring Session's index by principal name).
 */
@Component
public class AccountSessions {

	private final JdbcTemplate jdbc;

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	AccountSessions(JdbcTemplate jdbc, ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	/**
	 * Whether the signed-in user's account is still as it was at login: enabled, with the
	 * same security version.
	 */
	public boolean isCurrent(CurrentUser user) {
		Integer version = this.jdbc.query("select security_version from app_users where id = ? and enabled",
				(rs) -> rs.next() ? rs.getInt(1) : null, user.id());
		return version != null && version == user.securityVersion();
	}

	/**
	 * Removes every session of the user but {@code keepSessionId} (may be null).
	 * @return how many were removed
	 */
	public int end(String username, String keepSessionId) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		Map<String, ? extends Session> found = repository.findByPrincipalName(username);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keepSessionId)) {
				repository.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
