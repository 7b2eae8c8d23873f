package vn.thidua.report;

import org.springframework.stereotype.Component;

import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Role;

/**
 * Who may do what with quarterly reports, the one place that says it: the security
 * configuration asks its role-level questions ({@code may…Reports}) for the report URLs,
 * the workflow and the controllers ask the object-level ones before acting, and the pages
 * ask the same to show a button ({@code ${@reportPolicy.mayApprove(me, report)}}).
 */
@Component("reportPolicy")
public class ReportPolicy {

	/** Leaders write their cluster's reports. */
	public boolean mayWriteReports(CurrentUser user) {
		return user.hasRole(Role.CLUSTER_LEADER);
	}

	/**
	 * Who may import points from Excel: the leaders into their cluster's drafts, the
	 * department's staff (and the administrator) into any draft of the province.
	 */
	public boolean mayImportReports(CurrentUser user) {
		return mayWriteReports(user) || mayReviewReports(user);
	}

	/** Whether the user may import into this report now: its leader or the department. */
	public boolean mayImport(CurrentUser user, QuarterlyReport report) {
		boolean department = mayReviewReports(user) && report.getCluster().getProvince().getId() == user.provinceId();
		return (isLeaderOf(user, report) || department) && report.isEditable();
	}

	/** Unit officers enter their self-assessment. */
	public boolean maySelfAssessReports(CurrentUser user) {
		return user.hasRole(Role.UNIT);
	}

	/** The department's staff (and the administrator) review submitted reports. */
	public boolean mayReviewReports(CurrentUser user) {
		return user.hasRole(Role.STAFF) || user.hasRole(Role.ADMIN);
	}

	/** The director reopens approved reports. */
	public boolean mayReopenReports(CurrentUser user) {
		return user.hasRole(Role.DIRECTOR);
	}

	/**
	 * Whether the user may see the report at all (else it does not exist for the user:
	 * 404): the department every report of its province, a leader its own cluster's, a
	 * unit officer its cluster's.
	 * @param member whether the user's unit is a member of the report's cluster
	 */
	public boolean mayView(CurrentUser user, QuarterlyReport report, boolean member) {
		return switch (user.role()) {
			case ADMIN, DIRECTOR, STAFF -> report.getCluster().getProvince().getId() == user.provinceId();
			case CLUSTER_LEADER -> isLeaderOf(user, report);
			case UNIT -> member;
		};
	}

	public boolean isLeaderOf(CurrentUser user, QuarterlyReport report) {
		return user.hasRole(Role.CLUSTER_LEADER) && report.getCluster().getLeader().getId().equals(user.unitId());
	}

	/**
	 * The leader edits (saves, submits, adds evidence to) its cluster's report while
	 * editable.
	 */
	public boolean mayEdit(CurrentUser user, QuarterlyReport report) {
		return isLeaderOf(user, report) && report.isEditable();
	}

	/** A member unit enters its self-assessment while the report is editable. */
	public boolean maySelfAssess(CurrentUser user, QuarterlyReport report) {
		return maySelfAssessReports(user) && report.isEditable();
	}

	/** Approve, return or adjust: a submitted report, by the department. */
	public boolean mayApprove(CurrentUser user, QuarterlyReport report) {
		return mayReviewReports(user) && report.getStatus() == ReportStatus.SUBMITTED;
	}

	/** Reopen: an approved report, by the director. */
	public boolean mayReopen(CurrentUser user, QuarterlyReport report) {
		return mayReopenReports(user) && report.getStatus() == ReportStatus.APPROVED;
	}

}
