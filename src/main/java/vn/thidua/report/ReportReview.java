package vn.thidua.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.account.AppUser;
import vn.thidua.audit.AuditService;
import vn.thidua.report.domain.ReportAccess;
import vn.thidua.report.domain.ReportTotals;
import vn.thidua.report.domain.Score;
import vn.thidua.report.domain.ScoreChange;
import vn.thidua.report.domain.ScoreChangeRepository;
import vn.thidua.report.domain.ScoreRepository;
import vn.thidua.report.domain.ScoreStage;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Points;

import static vn.thidua.report.ReportChecks.AUDIT_LOCALE;
import static vn.thidua.report.ReportChecks.rejected;
import static vn.thidua.report.ReportChecks.requireStatus;
import static vn.thidua.report.ReportChecks.requireVersion;
import static vn.thidua.report.ReportChecks.withinMax;

/**
 * The department's review of a submitted report (approve, return with a comment, adjust a
 * score with a reason) and the director's reopening of an approved one. Every points
 * change leaves a {@link ScoreChange}, every state change an audit event; with an error
 * nothing is written.
 */
@Service
@Transactional
public class ReportReview {

	private final ReportAccess access;

	private final ReportPolicy policy;

	private final ScoreRepository scores;

	private final ScoreChangeRepository changes;

	private final ReportTotals totals;

	private final AuditService audit;

	private final ReportDeadlines deadlines;

	private final EntityManager entityManager;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	ReportReview(ReportAccess access, ReportPolicy policy, ScoreRepository scores, ScoreChangeRepository changes,
			ReportTotals totals, AuditService audit, EntityManager entityManager, Clock clock,
			org.springframework.context.ApplicationEventPublisher events, ReportDeadlines deadlines) {
		this.events = events;
		this.deadlines = deadlines;
		this.access = access;
		this.policy = policy;
		this.scores = scores;
		this.changes = changes;
		this.totals = totals;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	public void approve(CurrentUser user, long id, int version) {
		QuarterlyReport report = this.access.forChange(user, id, this.policy::mayReviewReports);
		requireStatus(report, ReportStatus.SUBMITTED);
		requireVersion(report, version);
		report.approve(currentUser(user), now());
		this.totals.recordApproved(id);
		this.audit.record(user, "REPORT_APPROVED", ReportWorkflow.ENTITY, id, this.audit.words("trail.report.approved",
				this.deadlines.periodOf(report), report.getCluster().getName()));
		this.events.publishEvent(ReportEvent.of(ReportEvent.Kind.APPROVED, report, null));
	}

	/**
	 * Back to the leader with a comment, which is required.
	 */
	public void returnToLeader(CurrentUser user, long id, int version, String comment, Errors errors) {
		QuarterlyReport report = this.access.forChange(user, id, this.policy::mayReviewReports);
		requireStatus(report, ReportStatus.SUBMITTED);
		requireVersion(report, version);
		if (rejected(errors)) {
			return;
		}
		report.returnToLeader(comment.strip(), now());
		this.audit.record(user, "REPORT_RETURNED", ReportWorkflow.ENTITY, id, this.audit.words("trail.report.returned",
				this.deadlines.periodOf(report), report.getCluster().getName(), comment.strip()));
		this.events.publishEvent(ReportEvent.of(ReportEvent.Kind.RETURNED, report, comment.strip()));
	}

	/**
	 * The department changes a submitted score; the reason is required.
	 */
	public void adjust(CurrentUser user, long id, int version, long scoreId, Points points, String reason,
			Errors errors) {
		QuarterlyReport report = this.access.forChange(user, id, this.policy::mayReviewReports);
		requireStatus(report, ReportStatus.SUBMITTED);
		requireVersion(report, version);
		Score score = this.scores.findInReport(scoreId, id).orElseThrow(() -> new ReportNotFoundException(id));
		BigDecimal value = errors.hasFieldErrors("points") ? null : withinMax(points, score, "points", errors);
		if (value == null && !errors.hasFieldErrors("points")) {
			errors.rejectValue("points", "report.points.required");
		}
		if (rejected(errors)) {
			return;
		}
		Instant now = now();
		this.changes.saveAll(List.of(new ScoreChange(score, ScoreStage.REVIEW, score.getFinalPoints(), value,
				currentUser(user), now, reason.strip())));
		score.setFinal(value, reason.strip());
		report.touch(now);
		this.audit.record(user, "SCORE_ADJUSTED", ReportWorkflow.ENTITY, id,
				this.audit.words("trail.report.scoreAdjusted", this.deadlines.periodOf(report),
						report.getCluster().getName(), Points.format(score.getLeaderPoints(), AUDIT_LOCALE),
						Points.format(value, AUDIT_LOCALE), reason.strip()));
	}

	/**
	 * The director reopens an approved report: it goes back to the leader, with the
	 * reason.
	 */
	public void reopen(CurrentUser user, long id, int version, String reason, Errors errors) {
		QuarterlyReport report = this.access.forChange(user, id, this.policy::mayReopenReports);
		requireStatus(report, ReportStatus.APPROVED);
		requireVersion(report, version);
		if (rejected(errors)) {
			return;
		}
		report.reopen(reason.strip(), now());
		this.totals.forget(id);
		this.audit.record(user, "REPORT_REOPENED", ReportWorkflow.ENTITY, id, this.audit.words("trail.report.reopened",
				this.deadlines.periodOf(report), report.getCluster().getName(), reason.strip()));
		this.events.publishEvent(ReportEvent.of(ReportEvent.Kind.REOPENED, report, reason.strip()));
	}

	private AppUser currentUser(CurrentUser user) {
		return this.entityManager.getReference(AppUser.class, user.id());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
