package vn.thidua.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.Errors;

import vn.thidua.account.AppUser;
import vn.thidua.account.CurrentUser;
import vn.thidua.account.Role;
import vn.thidua.audit.AuditService;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.CriteriaSetStatus;
import vn.thidua.criteria.CriteriaTree;
import vn.thidua.criteria.Criterion;
import vn.thidua.district.District;

/**
 * Every change of a quarterly report (DESIGN.md §4): create, the leader's draft and
 * submission, the districts' self-assessment, the department's review, the director's
 * reopening. Input is checked in full before anything is written: with an error nothing
 * is saved. Every points change leaves a {@link ScoreChange}, every state change an audit
 * event.
 */
@Service
@Transactional
public class ReportWorkflow {

	static final String ENTITY = "QuarterlyReport";

	private final QuarterlyReportRepository reports;

	private final ScoreRepository scores;

	private final ScoreChangeRepository changes;

	private final ReportAccess access;

	private final ReportService reading;

	private final ClusterService clusters;

	private final CriteriaService criteria;

	private final ReportDeadlines deadlines;

	private final AuditService audit;

	private final ReportTotals totals;

	private final EntityManager entityManager;

	private final Clock clock;

	ReportWorkflow(QuarterlyReportRepository reports, ScoreRepository scores, ScoreChangeRepository changes,
			ReportAccess access, ReportService reading, ClusterService clusters, CriteriaService criteria,
			ReportDeadlines deadlines, AuditService audit, ReportTotals totals, EntityManager entityManager,
			Clock clock) {
		this.reports = reports;
		this.scores = scores;
		this.changes = changes;
		this.access = access;
		this.reading = reading;
		this.clusters = clusters;
		this.criteria = criteria;
		this.deadlines = deadlines;
		this.audit = audit;
		this.totals = totals;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * A leader opens the report of its cluster for a quarter, with an empty score for
	 * every member district and criterion.
	 * @return the new report's id, or empty with the reason in {@code errors}
	 */
	public Optional<Long> create(CurrentUser user, NewReportForm form, Errors errors) {
		if (!user.hasRole(Role.CLUSTER_LEADER)) {
			throw new AccessDeniedException("Only a cluster leader creates reports");
		}
		if (rejected(errors)) {
			return Optional.empty();
		}
		int year = form.getYear();
		int quarter = form.getQuarter();
		Optional<Cluster> led = this.clusters.ledBy(user.provinceId(), user.districtId(), year);
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
		Cluster cluster = led.get();
		if (this.reports.exists(cluster.getId(), year, quarter)) {
			errors.rejectValue("quarter", "report.new.exists", null, null);
			rejected(errors);
			return Optional.empty();
		}
		QuarterlyReport report = this.reports.save(new QuarterlyReport(cluster, quarter, now()));
		List<Score> created = new ArrayList<>();
		for (District district : cluster.getSortedMembers()) {
			for (CriteriaTree.Group group : tree.get().groups()) {
				for (Criterion criterion : group.criteria()) {
					created.add(new Score(report, district.getId(), criterion.getId(), criterion.getMaxPoints()));
				}
			}
		}
		this.scores.saveAll(created);
		this.audit.record(user, "REPORT_CREATED", ENTITY, report.getId(),
				"Tạo báo cáo quý " + quarter + "/" + year + " của " + cluster.getName());
		return Optional.of(report.getId());
	}

	/**
	 * The leader saves its draft, or submits it ({@code submit}): points must then be
	 * complete and the results and next-quarter focus written.
	 */
	public void saveByLeader(CurrentUser user, long id, ReportForm form, Errors errors, boolean submit) {
		QuarterlyReport report = this.access.forChange(user, id, Role.CLUSTER_LEADER);
		if (!this.access.isLeaderOf(user, report)) {
			throw new ReportNotFoundException(id);
		}
		requireEditable(report);
		requireVersion(report, form.getVersion());
		ReportSheet sheet = this.reading.sheetOf(report, user.provinceId());

		Map<Score, BigDecimal> newPoints = new HashMap<>();
		for (Score score : sheet.scores().values()) {
			String key = ReportSheet.key(score.getDistrictId(), score.getCriterionId());
			PointsInput input = PointsInput.parse(form.getPoints().get(key), score.getMaxPoints());
			String field = "points[" + key + "]";
			if (input.error() != null) {
				errors.rejectValue(field, input.error(), new Object[] { PointsText.of(score.getMaxPoints()) }, null);
				continue;
			}
			if (input.isEmpty() && submit) {
				errors.rejectValue(field, "report.points.required");
				continue;
			}
			String note = trimToNull(form.getNotes().get(key));
			if (input.value() != null && score.getSelfPoints() != null
					&& !PointsInput.same(input.value(), score.getSelfPoints()) && note == null) {
				errors.rejectValue("notes[" + key + "]", "report.points.noteRequired");
			}
			newPoints.put(score, input.value());
		}
		if (submit) {
			requireText(errors, "results", form.getResults());
			requireText(errors, "nextFocus", form.getNextFocus());
		}
		if (rejected(errors)) {
			return;
		}

		Instant now = now();
		AppUser by = currentUser(user);
		List<ScoreChange> trace = new ArrayList<>();
		newPoints.forEach((score, points) -> {
			String key = ReportSheet.key(score.getDistrictId(), score.getCriterionId());
			String note = trimToNull(form.getNotes().get(key));
			if (!PointsInput.same(score.getLeaderPoints(), points)) {
				trace.add(new ScoreChange(score, ScoreStage.LEADER, score.getLeaderPoints(), points, by, now, note));
			}
			score.setLeader(points, note);
		});
		this.changes.saveAll(trace);
		report.writeNarrative(trimToNull(form.getResults()), trimToNull(form.getDifficulties()),
				trimToNull(form.getProposals()), trimToNull(form.getNextFocus()), now);
		if (submit) {
			sheet.scores().values().forEach((score) -> score.setFinal(score.getLeaderPoints(), score.getLeaderNote()));
			boolean late = this.deadlines.isLate(report.getYear(), report.getQuarter(), now);
			report.submit(by, now, late);
			this.audit.record(user, "REPORT_SUBMITTED", ENTITY, id, describe(report) + (late ? " (nộp muộn)" : ""));
		}
		else {
			this.audit.record(user, "REPORT_SAVED", ENTITY, id,
					describe(report) + ": lưu nháp, " + trace.size() + " điểm thay đổi");
		}
	}

	/**
	 * A member district enters its own points and notes while the report is being
	 * written.
	 */
	public void selfAssess(CurrentUser user, long id, SelfAssessmentForm form, Errors errors) {
		QuarterlyReport report = this.access.forChange(user, id, Role.DISTRICT);
		requireEditable(report);
		requireVersion(report, form.getVersion());
		ReportSheet sheet = this.reading.sheetOf(report, user.provinceId());
		Map<Score, PointsInput> inputs = new HashMap<>();
		for (Score score : sheet.scores().values()) {
			if (score.getDistrictId() != user.districtId()) {
				continue;
			}
			String key = Long.toString(score.getCriterionId());
			PointsInput input = PointsInput.parse(form.getPoints().get(key), score.getMaxPoints());
			if (input.error() != null) {
				errors.rejectValue("points[" + key + "]", input.error(),
						new Object[] { PointsText.of(score.getMaxPoints()) }, null);
			}
			inputs.put(score, input);
		}
		if (rejected(errors)) {
			return;
		}
		Instant now = now();
		AppUser by = currentUser(user);
		List<ScoreChange> trace = new ArrayList<>();
		inputs.forEach((score, input) -> {
			String note = trimToNull(form.getNotes().get(Long.toString(score.getCriterionId())));
			if (!PointsInput.same(score.getSelfPoints(), input.value())) {
				trace.add(new ScoreChange(score, ScoreStage.SELF, score.getSelfPoints(), input.value(), by, now, note));
			}
			score.setSelf(input.value(), note);
		});
		this.changes.saveAll(trace);
		report.touch(now);
		this.audit.record(user, "SELF_ASSESSMENT_SAVED", ENTITY, id,
				describe(report) + ": " + user.districtName() + " tự chấm, " + trace.size() + " điểm thay đổi");
	}

	public void approve(CurrentUser user, long id, int version) {
		QuarterlyReport report = this.access.forChange(user, id, Role.STAFF, Role.ADMIN);
		requireStatus(report, ReportStatus.SUBMITTED);
		requireVersion(report, version);
		report.approve(currentUser(user), now());
		this.totals.recordApproved(id);
		this.audit.record(user, "REPORT_APPROVED", ENTITY, id, "Duyệt " + describe(report));
	}

	/**
	 * Back to the leader with a comment, which is required.
	 */
	public void returnToLeader(CurrentUser user, long id, int version, String comment, Errors errors) {
		QuarterlyReport report = this.access.forChange(user, id, Role.STAFF, Role.ADMIN);
		requireStatus(report, ReportStatus.SUBMITTED);
		requireVersion(report, version);
		requireText(errors, "text", comment);
		if (rejected(errors)) {
			return;
		}
		report.returnToLeader(comment.strip(), now());
		this.audit.record(user, "REPORT_RETURNED", ENTITY, id, "Trả lại " + describe(report) + ": " + comment.strip());
	}

	/**
	 * The department changes a submitted score; the reason is required.
	 */
	public void adjust(CurrentUser user, long id, int version, long scoreId, String points, String reason,
			Errors errors) {
		QuarterlyReport report = this.access.forChange(user, id, Role.STAFF, Role.ADMIN);
		requireStatus(report, ReportStatus.SUBMITTED);
		requireVersion(report, version);
		Score score = this.scores.findInReport(scoreId, id).orElseThrow(() -> new ReportNotFoundException(id));
		PointsInput input = PointsInput.parse(points, score.getMaxPoints());
		if (input.error() != null) {
			errors.rejectValue("points", input.error(), new Object[] { PointsText.of(score.getMaxPoints()) }, null);
		}
		else if (input.isEmpty()) {
			errors.rejectValue("points", "report.points.required");
		}
		requireText(errors, "text", reason);
		if (rejected(errors)) {
			return;
		}
		Instant now = now();
		this.changes.saveAll(List.of(new ScoreChange(score, ScoreStage.REVIEW, score.getFinalPoints(), input.value(),
				currentUser(user), now, reason.strip())));
		score.setFinal(input.value(), reason.strip());
		report.touch(now);
		this.audit.record(user, "SCORE_ADJUSTED", ENTITY, id,
				describe(report) + ": điểm " + PointsText.of(score.getLeaderPoints()) + " → "
						+ PointsText.of(input.value()) + ", lý do: " + reason.strip());
	}

	/**
	 * The director reopens an approved report: it goes back to the leader, with the
	 * reason.
	 */
	public void reopen(CurrentUser user, long id, int version, String reason, Errors errors) {
		QuarterlyReport report = this.access.forChange(user, id, Role.DIRECTOR);
		requireStatus(report, ReportStatus.APPROVED);
		requireVersion(report, version);
		requireText(errors, "text", reason);
		if (rejected(errors)) {
			return;
		}
		report.reopen(reason.strip(), now());
		this.totals.forget(id);
		this.audit.record(user, "REPORT_REOPENED", ENTITY, id, "Mở lại " + describe(report) + ": " + reason.strip());
	}

	/**
	 * With an error nothing is written, not even the version increment of the lock: the
	 * user's corrected retry from the same page must not conflict with its own rejected
	 * attempt.
	 */
	private static boolean rejected(Errors errors) {
		if (errors.hasErrors()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return true;
		}
		return false;
	}

	private static void requireEditable(QuarterlyReport report) {
		if (!report.isEditable()) {
			throw new ReportStateException(report.getId(), "report.error.notEditable");
		}
	}

	private static void requireStatus(QuarterlyReport report, ReportStatus status) {
		if (report.getStatus() != status) {
			throw new ReportStateException(report.getId(), "report.error.status." + status.name());
		}
	}

	private static void requireVersion(QuarterlyReport report, int version) {
		if (report.getVersion() != version) {
			throw new ReportConflictException(report.getId());
		}
	}

	private static void requireText(Errors errors, String field, String text) {
		if (text == null || text.isBlank()) {
			errors.rejectValue(field, "report.required");
		}
	}

	private static String trimToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String describe(QuarterlyReport report) {
		return "báo cáo quý " + report.getQuarter() + "/" + report.getYear() + " của " + report.getCluster().getName();
	}

	private AppUser currentUser(CurrentUser user) {
		return this.entityManager.getReference(AppUser.class, user.id());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
