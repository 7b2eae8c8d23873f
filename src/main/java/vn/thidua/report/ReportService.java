package vn.thidua.report;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.account.CurrentUser;

/**
 * Reads quarterly reports for the pages of other features.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	private final QuarterlyReportRepository reports;

	ReportService(QuarterlyReportRepository reports) {
		this.reports = reports;
	}

	/**
	 * The reports of a cluster, newest first. The caller has checked it may see the
	 * cluster.
	 */
	public List<QuarterlyReport> ofCluster(long clusterId) {
		return this.reports.findByCluster(clusterId);
	}

	/**
	 * Reports waiting for this user: to review (department), to write or correct (cluster
	 * leader), to self-assess (member district).
	 */
	public List<QuarterlyReport> awaiting(CurrentUser user) {
		return switch (user.role()) {
			case ADMIN, DIRECTOR, STAFF ->
				this.reports.findInProvince(user.provinceId(), EnumSet.of(ReportStatus.SUBMITTED));
			case CLUSTER_LEADER ->
				this.reports.findLedBy(user.districtId(), EnumSet.of(ReportStatus.DRAFT, ReportStatus.RETURNED));
			case DISTRICT -> this.reports.findOfMember(user.districtId(), EnumSet.of(ReportStatus.DRAFT));
		};
	}

}
