package vn.thidua.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.account.AppUser;
import vn.thidua.audit.AuditService;
import vn.thidua.cluster.ClusterService;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.report.attachment.AttachmentService;
import vn.thidua.report.domain.QuarterlyReportRepository;
import vn.thidua.report.domain.ReportAccess;
import vn.thidua.report.domain.ReportTotals;
import vn.thidua.report.domain.Score;
import vn.thidua.report.domain.ScoreChange;
import vn.thidua.report.domain.ScoreChangeRepository;
import vn.thidua.report.domain.ScoreRepository;
import vn.thidua.report.domain.ScoreStage;
import vn.thidua.report.web.PointsForm;
import vn.thidua.report.web.ReportForm;
import vn.thidua.report.web.SelfAssessmentForm;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Points;

import static vn.thidua.report.ReportChecks.rejected;
import static vn.thidua.report.ReportChecks.requireEditable;
import static vn.thidua.report.ReportChecks.requireVersion;
import static vn.thidua.report.ReportChecks.trimToNull;
import static vn.thidua.report.ReportChecks.withinMax;

/**
 * The writing of a quarterly report: create, the leader's draft and submission, the
 * units' self-assessment (the review is {@link ReportReview}'s). Input is checked in full
 * before anything is written: with an error nothing is saved. Every points change leaves
 * a {@link ScoreChange}, every state change an audit event.
 */
@Service
@Transactional
public class ReportWorkflow {

	public static final String ENTITY = "QuarterlyReport";

	private final QuarterlyReportRepository reports;

	private final ScoreRepository scores;

	private final ScoreChangeRepository changes;

	private final ReportAccess access;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final ReportPolicy policy;

	private final ReportService reading;

	private final ClusterService clusters;

	private final CriteriaService criteria;

	private final ReportDeadlines deadlines;

	private final AuditService audit;

	private final ReportTotals totals;

	private final AttachmentService attachments;

	private final EntityManager entityManager;

	private final Clock clock;

	ReportWorkflow(QuarterlyReportRepository reports, ScoreRepository scores, ScoreChangeRepository changes,
			ReportAccess access, ReportPolicy policy, ReportService reading, ClusterService clusters,
			CriteriaService criteria, ReportDeadlines deadlines, AuditService audit, ReportTotals totals,
			AttachmentService attachments, EntityManager entityManager, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.reports = reports;
		this.scores = scores;
		this.changes = changes;
		this.access = access;
		this.policy = policy;
		this.reading = reading;
		this.clusters = clusters;
		this.criteria = criteria;
		this.deadlines = deadlines;
		this.audit = audit;
		this.totals = totals;
		this.attachments = attachments;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The leader saves its draft, or submits it ({@code submit}): points must then be
	 * complete and the results and next-quarter focus written.
	 */
	public void saveByLeader(CurrentUser user, long id, ReportForm form, Errors errors, boolean submit) {
		QuarterlyReport report = this.access.forChange(user, id, this.policy::mayWriteReports);
		if (!this.access.isLeaderOf(user, report)) {
			throw new ReportNotFoundException(id);
		}
		requireEditable(report);
		requireVersion(report, form.getVersion());
		ReportSheet sheet = this.reading.sheetOf(report, user.provinceId());
		// rows of a unit whose tab the page never opened are not sent: they stay as
		// saved
		form.keepUnsent(sheet);

		Map<Score, BigDecimal> newPoints = new HashMap<>();
		for (Score score : sheet.scores().values()) {
			String key = ReportSheet.key(score.getUnitId(), score.getCriterionId());
			String field = "points[" + key + "]";
			if (errors.hasFieldErrors(field)) {
				continue;
			}
			BigDecimal points = withinMax(form.getPoints().get(key), score, field, errors);
			if (errors.hasFieldErrors(field)) {
				continue;
			}
			if (points == null && submit) {
				errors.rejectValue(field, "report.points.required");
				continue;
			}
			String note = trimToNull(form.getNotes().get(key));
			if (points != null && score.getSelfPoints() != null && !Points.same(points, score.getSelfPoints())
					&& note == null) {
				errors.rejectValue("notes[" + key + "]", "report.points.noteRequired");
			}
			newPoints.put(score, points);
		}
		checkEvidence(form, errors);
		if (rejected(errors)) {
			return;
		}

		Instant now = now();
		AppUser by = currentUser(user);
		List<ScoreChange> trace = new ArrayList<>();
		newPoints.forEach((score, points) -> {
			String key = ReportSheet.key(score.getUnitId(), score.getCriterionId());
			String note = trimToNull(form.getNotes().get(key));
			if (!Points.same(score.getLeaderPoints(), points)) {
				trace.add(new ScoreChange(score, ScoreStage.LEADER, score.getLeaderPoints(), points, by, now, note));
			}
			score.setLeader(points, note);
		});
		this.changes.saveAll(trace);
		report.writeNarrative(trimToNull(form.getResults()), trimToNull(form.getDifficulties()),
				trimToNull(form.getProposals()), trimToNull(form.getNextFocus()), now);
		if (form.hasEvidence()) {
			this.attachments.add(user, report, null, form.getEvidence());
		}
		if (submit) {
			sheet.scores().values().forEach((score) -> score.setFinal(score.getLeaderPoints(), score.getLeaderNote()));
			boolean late = this.deadlines.isLate(user.provinceId(), report.getYear(), report.getQuarter(), now);
			report.submit(by, now, late);
			this.audit.record(user, "REPORT_SUBMITTED", ENTITY, id,
					this.audit.words(late ? "trail.report.submittedLate" : "trail.report.submitted",
							this.deadlines.periodOf(report), report.getCluster().getName()));
			this.events.publishEvent(ReportEvent.of(ReportEvent.Kind.SUBMITTED, report, null));
		}
		else {
			this.audit.record(user, "REPORT_SAVED", ENTITY, id, this.audit.words("trail.report.saved",
					this.deadlines.periodOf(report), report.getCluster().getName(), trace.size()));
		}
	}

	/**
	 * A member unit enters its own points and notes while the report is being written.
	 */
	public void selfAssess(CurrentUser user, long id, SelfAssessmentForm form, Errors errors) {
		QuarterlyReport report = this.access.forChange(user, id, this.policy::maySelfAssessReports);
		requireEditable(report);
		requireVersion(report, form.getVersion());
		ReportSheet sheet = this.reading.sheetOf(report, user.provinceId());
		Map<Score, BigDecimal> inputs = new HashMap<>();
		Map<Score, BigDecimal> measured = new HashMap<>();
		for (Score score : sheet.scores().values()) {
			if (score.getUnitId() != user.unitId()) {
				continue;
			}
			vn.thidua.criteria.Criterion criterion = sheet.criterion(score.getCriterionId());
			if (criterion != null && criterion.isMeasured()) {
				// a measured criterion: the unit gives the value, the formula the
				// points
				String field = "values[" + score.getCriterionId() + "]";
				String typed = form.getValues().get(Long.toString(score.getCriterionId()));
				try {
					BigDecimal value = vn.thidua.criteria.MeasuredValues.parse(typed);
					measured.put(score, value);
					inputs.put(score, criterion.getMeasure().points(value, score.getMaxPoints()));
				}
				catch (java.text.ParseException ex) {
					errors.rejectValue(field, "report.value.invalid");
				}
				continue;
			}
			String field = "points[" + score.getCriterionId() + "]";
			if (!errors.hasFieldErrors(field)) {
				inputs.put(score,
						withinMax(form.getPoints().get(Long.toString(score.getCriterionId())), score, field, errors));
			}
		}
		checkEvidence(form, errors);
		if (rejected(errors)) {
			return;
		}
		Instant now = now();
		AppUser by = currentUser(user);
		List<ScoreChange> trace = new ArrayList<>();
		inputs.forEach((score, points) -> {
			String note = trimToNull(form.getNotes().get(Long.toString(score.getCriterionId())));
			if (!Points.same(score.getSelfPoints(), points)) {
				trace.add(new ScoreChange(score, ScoreStage.SELF, score.getSelfPoints(), points, by, now, note));
			}
			if (measured.containsKey(score)) {
				score.setMeasured(measured.get(score), points, note);
			}
			else {
				score.setSelf(points, note);
			}
		});
		this.changes.saveAll(trace);
		report.touch(now);
		if (form.hasEvidence()) {
			this.attachments.add(user, report, user.unitId(), form.getEvidence());
		}
		this.audit.record(user, "SELF_ASSESSMENT_SAVED", ENTITY, id, this.audit.words("trail.report.selfAssessed",
				this.deadlines.periodOf(report), report.getCluster().getName(), user.unitName(), trace.size()));
	}

	private void checkEvidence(PointsForm form, Errors errors) {
		if (form.hasEvidence()) {
			this.attachments.refusal(form.getEvidence()).ifPresent((key) -> errors.rejectValue("evidence", key));
		}
	}

	private AppUser currentUser(CurrentUser user) {
		return this.entityManager.getReference(AppUser.class, user.id());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
