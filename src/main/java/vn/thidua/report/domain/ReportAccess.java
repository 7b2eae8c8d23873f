package vn.thidua.report.domain;

import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.thidua.report.QuarterlyReport;
import vn.thidua.report.ReportNotFoundException;
import vn.thidua.report.ReportPolicy;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Role;

/**
 * Loads a report for a user as {@link ReportPolicy} allows: a report the user may not see
 * does not exist for it (404); one it may see but not act on is refused (403).
 */
@Component
public class ReportAccess {

	private final QuarterlyReportRepository reports;

	private final EntityManager entityManager;

	private final ReportPolicy policy;

	ReportAccess(QuarterlyReportRepository reports, EntityManager entityManager, ReportPolicy policy) {
		this.reports = reports;
		this.entityManager = entityManager;
		this.policy = policy;
	}

	public QuarterlyReport visible(CurrentUser user, long id) {
		QuarterlyReport report = this.reports.findInProvince(id, user.provinceId())
			.orElseThrow(() -> new ReportNotFoundException(id));
		requireVisible(user, report);
		return report;
	}

	/**
	 * The report, locked for a change by a user whom {@code allowed} (a role-level
	 * question of {@link ReportPolicy}) lets act on reports.
	 */
	public QuarterlyReport forChange(CurrentUser user, long id, Predicate<CurrentUser> allowed) {
		QuarterlyReport report = this.reports.findInProvince(id, user.provinceId())
			.orElseThrow(() -> new ReportNotFoundException(id));
		requireVisible(user, report);
		// the version is incremented at commit whatever changes (scores are separate
		// rows), so that any two concurrent changes of a report conflict; only the
		// report, not the cluster and unit fetched with it
		this.entityManager.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		if (!allowed.test(user)) {
			throw new AccessDeniedException("Role " + user.role() + " may not change report " + id);
		}
		return report;
	}

	public boolean isLeaderOf(CurrentUser user, QuarterlyReport report) {
		return this.policy.isLeaderOf(user, report);
	}

	private void requireVisible(CurrentUser user, QuarterlyReport report) {
		boolean member = user.hasRole(Role.UNIT) && this.reports.isMember(report.getCluster().getId(), user.unitId());
		if (!this.policy.mayView(user, report, member)) {
			throw new ReportNotFoundException(report.getId());
		}
	}

}
