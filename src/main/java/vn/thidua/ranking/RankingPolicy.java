package vn.thidua.ranking;

import org.springframework.stereotype.Component;

import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Role;

/**
 * Who may decide a year's result: the director finalizes it (with its award overrides)
 * and reopens it. Asked by the security configuration, the service and the page.
 */
@Component("rankingPolicy")
public class RankingPolicy {

	public boolean mayFinalize(CurrentUser user) {
		return user.hasRole(Role.DIRECTOR);
	}

}
