package vn.thidua.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.CriteriaSetStatus;
import vn.thidua.criteria.CriteriaTree;
import vn.thidua.criteria.Criterion;
import vn.thidua.unit.Unit;
import vn.thidua.report.domain.QuarterlyReportRepository;
import vn.thidua.report.domain.Score;
import vn.thidua.report.domain.ScoreRepository;
import vn.thidua.report.web.NewReportForm;
import vn.thidua.shared.CurrentUser;

import static vn.thidua.report.ReportChecks.rejected;

/**
 * A leader opens its cluster's report for a quarter: one report per cluster and quarter,
 * with an empty score for every member unit and criterion of the year's published set.
 */
@Service
@Transactional
public class ReportCreation {

	private final QuarterlyReportRepository reports;

	private final ScoreRepository scores;

	private final ReportPolicy policy;

	private final ClusterService clusters;

	private final CriteriaService criteria;

	private final AuditService audit;

	private final Clock clock;

	private final ReportDeadlines deadlines;

	private final org.springframework.context.ApplicationEventPublisher events;

	ReportCreation(QuarterlyReportRepository reports, ScoreRepository scores, ReportPolicy policy,
			ClusterService clusters, CriteriaService criteria, AuditService audit, Clock clock,
			ReportDeadlines deadlines, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.deadlines = deadlines;
		this.reports = reports;
		this.scores = scores;
		this.policy = policy;
		this.clusters = clusters;
		this.criteria = criteria;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A leader opens the report of its cluster for a quarter, with an empty score for
	 * every member unit and criterion.
	 * @return the new report's id, or empty with the reason in {@code errors}
	 */
	public Optional<Long> create(CurrentUser user, NewReportForm form, Errors errors) {
		if (!this.policy.mayWriteReports(user)) {
			throw new AccessDeniedException("Only a cluster leader creates reports");
		}
		if (rejected(errors)) {
			return Optional.empty();
		}
		int year = form.getYear();
		int quarter = form.getQuarter();
		Optional<Cluster> led = this.clusters.ledBy(user.provinceId(), user.unitId(), year);
		if (led.isEmpty()) {
			errors.rejectValue("year", "report.new.noCluster", new Object[] { Integer.toString(year) }, null);
			rejected(errors);
			return Optional.empty();
		}
		Optional<CriteriaTree> tree = this.criteria.treeOf(user.provinceId(), year);
		if (tree.isEmpty() || tree.get().set().getStatus() != CriteriaSetStatus.PUBLISHED) {
			errors.rejectValue("year", "report.new.noCriteria", new Object[] { Integer.toString(year) }, null);
			rejected(errors);
			return Optional.empty();
		}
		vn.thidua.rules.Rules rules = this.deadlines.rules(user.provinceId(), year);
		if (quarter > rules.periodCount()) {
			// the year's rules score fewer periods (half-years, or the year alone)
			errors.rejectValue("quarter", "report.new.noSuchPeriod",
					new Object[] { Integer.toString(year), Integer.toString(rules.periodCount()) }, null);
			rejected(errors);
			return Optional.empty();
		}
		Cluster cluster = led.get();
		if (this.reports.exists(cluster.getId(), year, quarter)) {
			errors.rejectValue("quarter", "report.new.exists", null, null);
			rejected(errors);
			return Optional.empty();
		}
		QuarterlyReport report = this.reports.save(new QuarterlyReport(cluster, quarter, this.clock.instant()));
		List<Score> created = new ArrayList<>();
		for (Unit unit : cluster.getSortedMembers()) {
			for (CriteriaTree.Group group : tree.get().groups()) {
				for (Criterion criterion : group.criteria()) {
					created.add(new Score(report, unit.getId(), criterion.getId(), criterion.getMaxPoints()));
				}
			}
		}
		this.scores.saveAll(created);
		this.audit.record(user, "REPORT_CREATED", ReportWorkflow.ENTITY, report.getId(),
				this.audit.words("trail.report.created", rules.periodInSentence(quarter, year), cluster.getName()));
		this.events.publishEvent(ReportEvent.of(ReportEvent.Kind.CREATED, report, null));
		return Optional.of(report.getId());
	}

	/**
	 * The report of the leader's cluster for a year and quarter, if it exists: a request
	 * that lost the race to create it (a double click) is led there.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> existing(CurrentUser user, int year, int quarter) {
		return this.clusters.ledBy(user.provinceId(), user.unitId(), year)
			.flatMap((cluster) -> this.reports.findId(cluster.getId(), year, quarter));
	}

}
