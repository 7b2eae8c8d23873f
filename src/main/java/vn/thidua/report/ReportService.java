package vn.thidua.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.cluster.Cluster;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.CriteriaTree;
import vn.thidua.report.domain.QuarterlyReportRepository;
import vn.thidua.report.domain.ReportAccess;
import vn.thidua.report.domain.Score;
import vn.thidua.report.domain.ScoreHistory;
import vn.thidua.report.domain.ScoreRepository;
import vn.thidua.report.domain.ScoreRows;
import vn.thidua.rules.Rules;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Role;

/**
 * Reads quarterly reports, for the report pages and those of other features; every read
 * is scoped to what the user may see.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	static final int DEADLINE_HORIZON_DAYS = 14;

	private final QuarterlyReportRepository reports;

	private final ScoreRepository scores;

	private final ScoreHistory history;

	private final ReportAccess access;

	private final CriteriaService criteria;

	private final ReportDeadlines deadlines;

	private final Clock clock;

	private final ScoreRows rows;

	ReportService(QuarterlyReportRepository reports, ScoreRepository scores, ScoreHistory history, ReportAccess access,
			CriteriaService criteria, ReportDeadlines deadlines, Clock clock, ScoreRows rows) {
		this.rows = rows;
		this.reports = reports;
		this.scores = scores;
		this.history = history;
		this.access = access;
		this.criteria = criteria;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/**
	 * The reports of a cluster, newest first. The caller has checked it may see the
	 * cluster.
	 */
	public List<QuarterlyReport> ofCluster(long clusterId) {
		return this.reports.findByCluster(clusterId);
	}

	/**
	 * The reports this user may see, filtered.
	 */
	public List<QuarterlyReport> search(CurrentUser user, Integer year, Integer quarter, Long clusterId,
			ReportStatus status) {
		Long leader = user.hasRole(Role.CLUSTER_LEADER) ? user.unitId() : null;
		Long member = user.hasRole(Role.UNIT) ? user.unitId() : null;
		return this.reports.search(user.provinceId(), year, quarter, clusterId, status, leader, member);
	}

	/**
	 * A report with members, criteria and scores; 404 when the user may not see it.
	 */
	public ReportSheet sheet(CurrentUser user, long id) {
		QuarterlyReport report = this.access.visible(user, id);
		return sheetOf(report, user.provinceId(), this.rows.of(report));
	}

	/**
	 * The sheet of a report whose scores are about to change: managed scores.
	 */
	ReportSheet sheetOf(QuarterlyReport report, long provinceId) {
		return sheetOf(report, provinceId, this.scores.findByReport(report.getId()));
	}

	private ReportSheet sheetOf(QuarterlyReport report, long provinceId, List<Score> scores) {
		// every report here is read by ReportAccess (in the user's province), with its
		// cluster's leader, deputy and members in the same query
		Cluster cluster = report.getCluster();
		CriteriaTree tree = this.criteria.treeOf(provinceId, report.getYear())
			.orElseThrow(() -> new IllegalStateException("No criteria set for " + report.getYear()));
		Map<String, Score> byKey = scores.stream()
			.collect(Collectors.toMap((s) -> ReportSheet.key(s.getUnitId(), s.getCriterionId()), Function.identity()));
		// the year's rules once for the deadline and the period's names the pages show
		Rules rules = this.deadlines.rules(provinceId, report.getYear());
		int year = report.getYear();
		int period = report.getQuarter();
		return new ReportSheet(report, cluster, cluster.getSortedMembers(), tree, byKey, rules.deadline(year, period),
				rules.periodOfYear(period, year), rules.periodInSentence(period, year));
	}

	/**
	 * The history of every points change of a report, newest first.
	 */
	public List<ScoreHistory.Entry> history(long reportId) {
		return this.history.of(reportId);
	}

	/**
	 * Reports waiting for this user: to review (department), to write or correct (cluster
	 * leader), to self-assess (member unit).
	 */
	public List<QuarterlyReport> awaiting(CurrentUser user) {
		return switch (user.role()) {
			case ADMIN, DIRECTOR, STAFF ->
				this.reports.findInProvince(user.provinceId(), EnumSet.of(ReportStatus.SUBMITTED));
			case CLUSTER_LEADER ->
				this.reports.findLedBy(user.unitId(), EnumSet.of(ReportStatus.DRAFT, ReportStatus.RETURNED));
			case UNIT -> this.reports.findOfMember(user.unitId(), EnumSet.of(ReportStatus.DRAFT));
		};
	}

	/**
	 * The members that have entered their own points in each of the given reports.
	 */
	public Map<Long, java.util.Set<Long>> selfAssessed(java.util.Collection<Long> reportIds) {
		Map<Long, java.util.Set<Long>> result = new HashMap<>();
		if (!reportIds.isEmpty()) {
			for (Object[] row : this.scores.findSelfAssessed(reportIds)) {
				result.computeIfAbsent((Long) row[0], (k) -> new java.util.HashSet<>()).add((Long) row[1]);
			}
		}
		return result;
	}

	/**
	 * Of the given reports, those returned, or submitted late and not yet approved.
	 */
	public static List<QuarterlyReport> lateOrReturned(List<QuarterlyReport> reports) {
		return reports.stream()
			.filter((r) -> r.getStatus() == ReportStatus.RETURNED
					|| (r.isLate() && r.getStatus() == ReportStatus.SUBMITTED))
			.toList();
	}

	/**
	 * The quarters of the given clusters' year whose report is expected (the quarter ends
	 * within {@value #DEADLINE_HORIZON_DAYS} days or has ended) but has not been created,
	 * the overdue ones first.
	 * @param clusters the clusters of the year that concern the user
	 * @param ofYear the reports of those clusters' year the user sees
	 */
	public List<ReportToCreate> notCreated(List<Cluster> clusters, List<QuarterlyReport> ofYear) {
		LocalDate today = LocalDate.now(this.clock);
		List<ReportToCreate> result = new ArrayList<>();
		Map<Integer, Rules> rulesOfYear = new HashMap<>();
		for (Cluster cluster : clusters) {
			Rules rules = rulesOfYear.computeIfAbsent(cluster.getYear(),
					(y) -> this.deadlines.rules(cluster.getProvince().getId(), y));
			for (int quarter = 1; quarter <= rules.periodCount(); quarter++) {
				LocalDate end = rules.end(cluster.getYear(), quarter);
				if (end.minusDays(DEADLINE_HORIZON_DAYS).isAfter(today)) {
					continue;
				}
				int q = quarter;
				boolean created = ofYear.stream()
					.anyMatch((r) -> r.getCluster().getId().equals(cluster.getId()) && r.getQuarter() == q);
				if (!created) {
					LocalDate due = rules.deadline(cluster.getYear(), quarter);
					result.add(new ReportToCreate(cluster, cluster.getYear(), quarter, due, due.isBefore(today)));
				}
			}
		}
		result.sort(java.util.Comparator.comparing(ReportToCreate::due).thenComparing((r) -> r.cluster().getName()));
		return result;
	}

	/**
	 * A quarter's report that the cluster leader has still to create.
	 *
	 * @param cluster the cluster
	 * @param year the year
	 * @param quarter the quarter
	 * @param due the deadline
	 * @param overdue whether the deadline has passed
	 */
	public record ReportToCreate(Cluster cluster, int year, int quarter, LocalDate due, boolean overdue) {
	}

	/**
	 * Deadlines in the next {@value #DEADLINE_HORIZON_DAYS} days of the given clusters'
	 * reports not yet submitted.
	 * @param clusters the clusters of the year that concern the user
	 * @param submitted reports of the user's clusters (to leave out those already sent)
	 */
	public List<UpcomingDeadline> upcomingDeadlines(List<Cluster> clusters, List<QuarterlyReport> submitted) {
		LocalDate today = LocalDate.now(this.clock);
		List<UpcomingDeadline> result = new ArrayList<>();
		Map<Integer, Rules> rulesOfYear = new HashMap<>();
		for (Cluster cluster : clusters) {
			Rules rules = rulesOfYear.computeIfAbsent(cluster.getYear(),
					(y) -> this.deadlines.rules(cluster.getProvince().getId(), y));
			for (int quarter = 1; quarter <= rules.periodCount(); quarter++) {
				LocalDate due = rules.deadline(cluster.getYear(), quarter);
				if (due.isBefore(today) || due.isAfter(today.plusDays(DEADLINE_HORIZON_DAYS))) {
					continue;
				}
				int q = quarter;
				boolean sent = submitted.stream()
					.anyMatch((r) -> r.getCluster().getId().equals(cluster.getId()) && r.getQuarter() == q
							&& r.getStatus() != ReportStatus.DRAFT && r.getStatus() != ReportStatus.RETURNED);
				if (!sent) {
					result.add(new UpcomingDeadline(cluster, cluster.getYear(), quarter, due));
				}
			}
		}
		return result;
	}

	/**
	 * A report due soon.
	 *
	 * @param cluster the cluster
	 * @param year the year
	 * @param quarter the quarter
	 * @param due the deadline
	 */
	public record UpcomingDeadline(Cluster cluster, int year, int quarter, LocalDate due) {
	}

}
