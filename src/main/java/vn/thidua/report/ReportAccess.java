package vn.thidua.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.thidua.account.CurrentUser;
import vn.thidua.account.Role;

/**
 * Who may see and act on which report. Seeing: the department (ADMIN, DIRECTOR, STAFF)
 * every report of its province, a cluster leader its own cluster's, a district officer
 * its cluster's. A report the user may not see does not exist for it (404); one it may
 * see but not act on is refused (403).
 */
@Component
class ReportAccess {

	private final QuarterlyReportRepository reports;

	private final EntityManager entityManager;

	ReportAccess(QuarterlyReportRepository reports, EntityManager entityManager) {
		this.reports = reports;
		this.entityManager = entityManager;
	}

	QuarterlyReport visible(CurrentUser user, long id) {
		QuarterlyReport report = this.reports.findInProvince(id, user.provinceId())
			.orElseThrow(() -> new ReportNotFoundException(id));
		requireVisible(user, report);
		return report;
	}

	/**
	 * The report, locked for a change by this user in the given role.
	 */
	QuarterlyReport forChange(CurrentUser user, long id, Role... roles) {
		QuarterlyReport report = this.reports.findInProvince(id, user.provinceId())
			.orElseThrow(() -> new ReportNotFoundException(id));
		requireVisible(user, report);
		// the version is incremented at commit whatever changes (scores are separate
		// rows), so
		// that any two concurrent changes of a report conflict; only the report, not the
		// cluster and district fetched with it
		this.entityManager.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		boolean allowed = false;
		for (Role role : roles) {
			allowed |= user.hasRole(role);
		}
		if (!allowed) {
			throw new AccessDeniedException("Role " + user.role() + " may not change report " + id);
		}
		return report;
	}

	boolean isLeaderOf(CurrentUser user, QuarterlyReport report) {
		return user.hasRole(Role.CLUSTER_LEADER) && report.getCluster().getLeader().getId().equals(user.districtId());
	}

	private void requireVisible(CurrentUser user, QuarterlyReport report) {
		boolean visible = switch (user.role()) {
			case ADMIN, DIRECTOR, STAFF -> true;
			case CLUSTER_LEADER -> isLeaderOf(user, report);
			case DISTRICT -> this.reports.isMember(report.getCluster().getId(), user.districtId());
		};
		if (!visible) {
			throw new ReportNotFoundException(report.getId());
		}
	}

}
