package vn.thidua.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.account.AppUser;
import vn.thidua.audit.AuditService;
import vn.thidua.criteria.Criterion;
import vn.thidua.report.attachment.AttachmentService;
import vn.thidua.report.domain.ReportAccess;
import vn.thidua.report.domain.ReportStateException;
import vn.thidua.report.domain.Score;
import vn.thidua.report.domain.ScoreChange;
import vn.thidua.report.domain.ScoreChangeRepository;
import vn.thidua.report.domain.ScoreStage;
import vn.thidua.report.imports.ScoreWorkbook;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Points;

/**
 * The leader imports a report's points from Excel: the file is read and shown first (a
 * preview, or every wrong cell), kept until confirmed, then applied in one transaction —
 * points, or measured values and their formula's points — each change recorded in the
 * score history as "Nhập từ Excel", the file kept as evidence.
 */
@Service
@Transactional(readOnly = true)
public class ScoreImports {

	private final ReportAccess access;

	private final ReportPolicy policy;

	private final ReportService reports;

	private final ScoreChangeRepository changes;

	private final AttachmentService attachments;

	private final AuditService audit;

	private final JdbcTemplate jdbc;

	private final jakarta.persistence.EntityManager entityManager;

	private final Clock clock;

	ScoreImports(ReportAccess access, ReportPolicy policy, ReportService reports, ScoreChangeRepository changes,
			AttachmentService attachments, AuditService audit, JdbcTemplate jdbc,
			jakarta.persistence.EntityManager entityManager, Clock clock) {
		this.access = access;
		this.policy = policy;
		this.reports = reports;
		this.changes = changes;
		this.attachments = attachments;
		this.audit = audit;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Where an import's points go: the leader's points of the draft, or the members'
	 * self-assessment points.
	 */
	public enum Target {

		LEADER, SELF

	}

	/**
	 * The sheet of a draft the user may import into (its leader, or the department's
	 * staff), to read (nothing locked), or not found / not editable.
	 */
	public ReportSheet sheet(CurrentUser user, long id) {
		QuarterlyReport report = this.access.visible(user, id);
		if (!this.policy.mayImportReports(user)) {
			throw new AccessDeniedException("Role " + user.role() + " may not import into report " + id);
		}
		return sheetOf(user, report);
	}

	private ReportSheet sheetOf(CurrentUser user, QuarterlyReport report) {
		if (user.hasRole(vn.thidua.shared.Role.CLUSTER_LEADER) && !this.access.isLeaderOf(user, report)) {
			throw new ReportNotFoundException(report.getId());
		}
		if (!report.isEditable()) {
			throw new ReportStateException(report.getId(), "report.error.notEditable");
		}
		return this.reports.sheetOf(report, user.provinceId());
	}

	/**
	 * A pending import: the file read, and kept for confirmation if it is clean.
	 *
	 * @param reading what the file holds
	 * @param pendingId the id to confirm it by, or {@code null} when it has problems
	 */
	public record Preview(ScoreWorkbook.Reading reading, Long pendingId) {
	}

	/**
	 * Reads a file for a report; keeps it until confirmed if it is clean. Saves no
	 * points.
	 */
	@Transactional
	public Preview preview(CurrentUser user, long id, String fileName, byte[] content, Target target) {
		ReportSheet sheet = sheet(user, id);
		ScoreWorkbook.Reading reading = ScoreWorkbook.read(content, sheet);
		if (!reading.isClean()) {
			return new Preview(reading, null);
		}
		this.jdbc.update("delete from score_imports where created_at < ?",
				java.sql.Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))));
		Long pending = this.jdbc.queryForObject(
				"insert into score_imports (report_id, user_id, file_name, content, target) values (?, ?, ?, ?, ?) "
						+ "returning id",
				Long.class, id, user.id(), vn.thidua.shared.UploadName.of(fileName, "bang-diem.xlsx"), content,
				target.name());
		return new Preview(reading, pending);
	}

	/**
	 * Applies a confirmed import in one transaction.
	 * @return the number of points changed
	 */
	@Transactional
	public int apply(CurrentUser user, long id, long pendingId, int version) {
		// the change: the report is locked (its version moves at commit) like any save
		ReportSheet sheet = sheetOf(user, this.access.forChange(user, id, this.policy::mayImportReports));
		if (sheet.report().getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(QuarterlyReport.class, id);
		}
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select file_name, content, target from score_imports where id = ? and report_id = ? and user_id = ?",
				pendingId, id, user.id());
		if (rows.isEmpty()) {
			throw new ReportNotFoundException(id);
		}
		String fileName = (String) rows.get(0).get("file_name");
		byte[] content = (byte[]) rows.get(0).get("content");
		Target target = Target.valueOf((String) rows.get(0).get("target"));
		ScoreWorkbook.Reading reading = ScoreWorkbook.read(content, sheet);
		if (!reading.isClean()) {
			throw new IllegalStateException("A confirmed import no longer reads clean");
		}
		Instant now = this.clock.instant();
		AppUser by = this.entityManager.getReference(AppUser.class, user.id());
		String note = "Nhập từ Excel: " + fileName;
		List<ScoreChange> trace = new ArrayList<>();
		for (Map.Entry<String, BigDecimal> entry : reading.values().entrySet()) {
			Score score = sheet.scores().get(entry.getKey());
			if (score == null) {
				continue;
			}
			Criterion criterion = sheet.criterion(score.getCriterionId());
			BigDecimal points = entry.getValue();
			BigDecimal selfBefore = score.getSelfPoints();
			if (criterion != null && criterion.isMeasured()) {
				points = criterion.getMeasure().points(entry.getValue(), score.getMaxPoints());
				score.setMeasured(entry.getValue(), points, (target == Target.SELF) ? note : score.getSelfNote());
			}
			if (target == Target.SELF) {
				// the members' self-assessments: the leader's own points stay as they are
				if (!Points.same(selfBefore, points)) {
					trace.add(new ScoreChange(score, ScoreStage.SELF, selfBefore, points, by, now, note));
				}
				score.setSelf(points, note);
				continue;
			}
			if (!Points.same(score.getLeaderPoints(), points)) {
				trace.add(new ScoreChange(score, ScoreStage.LEADER, score.getLeaderPoints(), points, by, now, note));
			}
			score.setLeader(points, note);
		}
		this.changes.saveAll(trace);
		sheet.report().touch(now);
		this.attachments.add(user, sheet.report(), null, fileName, content);
		this.jdbc.update("delete from score_imports where id = ?", pendingId);
		this.audit.record(user, "REPORT_IMPORTED", "QuarterlyReport", id,
				this.audit.words("trail.report.imported." + target.name(), fileName, reading.rows(), trace.size()));
		return trace.size();
	}

}
