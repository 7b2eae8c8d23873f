package vn.thidua.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

import vn.thidua.report.domain.ReportConflictException;
import vn.thidua.report.domain.ReportStateException;
import vn.thidua.report.web.AdjustForm;
import vn.thidua.report.web.NewReportForm;
import vn.thidua.report.web.ReasonForm;
import vn.thidua.report.web.ReportForm;
import vn.thidua.report.web.SelfAssessmentForm;
import vn.thidua.shared.CurrentUser;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The workflow rules of reports, through the service, on PostgreSQL. Each test runs in a
 * transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class ReportWorkflowTests {

	static final String LEADER = "cumtruong.yenthanh";

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	ReportReview review;

	@Autowired
	ReportCreation creation;

	@Test
	void aLeaderCreatesTheReportOfItsClusterWithAScoreForEveryMemberAndCriterion() {
		long id = this.fixtures.newDraft(LEADER);
		assertThat(this.fixtures.count("select count(*) from scores where report_id = ?1", id)).isEqualTo(8 * 21);
		assertThat(this.fixtures.row("select r.status, c.name from quarterly_reports r join clusters c on c.id = "
				+ "r.cluster_id where r.id = ?1", id))
			.containsEntry("status", "DRAFT")
			.containsEntry("name", "Cụm 2");
		assertThat(auditActions(id)).containsExactly("REPORT_CREATED");
	}

	@Test
	void onlyOneReportPerClusterAndQuarter() {
		this.fixtures.newDraft(LEADER);
		NewReportForm again = newReport(2014, 4);
		BeanPropertyBindingResult errors = this.fixtures.errors(again);
		assertThat(this.creation.create(this.fixtures.user(LEADER), again, errors)).isEmpty();
		assertThat(errors.getFieldError("quarter").getCode()).isEqualTo("report.new.exists");
	}

	@Test
	void aYearInWhichTheUnitLeadsNoClusterIsRefused() {
		NewReportForm form = newReport(2015, 1);
		BeanPropertyBindingResult errors = this.fixtures.errors(form);
		assertThat(this.creation.create(this.fixtures.user(LEADER), form, errors)).isEmpty();
		assertThat(errors.getFieldError("year").getCode()).isEqualTo("report.new.noCluster");
	}

	@Test
	void onlyAClusterLeaderCreatesReports() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.creation
			.create(this.fixtures.user("chuyenvien"), newReport(2014, 4), this.fixtures.errors(newReport(2014, 4))));
	}

	@Test
	void aDraftIsSavedWithATraceOfEveryChangedPoint() {
		long id = this.fixtures.newDraft(LEADER);
		ReportForm form = this.fixtures.filledForm(LEADER, id, "3");
		BeanPropertyBindingResult errors = this.fixtures.errors(form);
		this.workflow.saveByLeader(this.fixtures.user(LEADER), id, form, errors, false);
		assertThat(errors.hasErrors()).as(errors.toString()).isFalse();
		assertThat(this.fixtures.count("select count(*) from scores where report_id = ?1 and leader_points = 3", id))
			.isEqualTo(168);
		assertThat(this.fixtures.count(
				"select count(*) from score_changes c join scores s on s.id = c.score_id "
						+ "where s.report_id = ?1 and c.stage = 'LEADER' and c.old_points is null and c.new_points = 3",
				id))
			.isEqualTo(168);
		assertThat(this.fixtures.row("select status from quarterly_reports where id = ?1", id)).containsEntry("status",
				"DRAFT");
	}

	@Test
	void wrongPointsAreRefusedAtTheirFieldAndNothingIsSaved() {
		long id = this.fixtures.newDraft(LEADER);
		ReportForm form = this.fixtures.filledForm(LEADER, id, "2");
		String[] keys = form.getPoints().keySet().toArray(String[]::new);
		// what is not points at all is refused by the form's binding (PointsTests,
		// ReportEditorWebTests); the service refuses points over a criterion's maximum
		form.getPoints().put(keys[1], ReportFixtures.points("99"));
		form.getPoints().put(keys[2], ReportFixtures.points("12,25"));
		BeanPropertyBindingResult errors = this.fixtures.errors(form);
		this.workflow.saveByLeader(this.fixtures.user(LEADER), id, form, errors, false);
		assertThat(errors.getFieldError("points[" + keys[1] + "]").getCode()).isEqualTo("report.points.range");
		assertThat(errors.getFieldError("points[" + keys[2] + "]").getCode()).isEqualTo("report.points.range");
		assertThat(this.fixtures.count("select count(*) from scores where report_id = ?1 and leader_points is not null",
				id))
			.isZero();
		assertThat(this.fixtures.count(
				"select count(*) from score_changes c join scores s on s.id = c.score_id " + "where s.report_id = ?1",
				id))
			.isZero();
	}

	@Test
	void submittingNeedsEveryPointAndTheRequiredNarrative() {
		long id = this.fixtures.newDraft(LEADER);
		ReportForm form = this.fixtures.filledForm(LEADER, id, "2");
		String key = form.getPoints().keySet().iterator().next();
		form.getPoints().put(key, null);
		form.setResults("  ");
		// the form refuses a blank narrative, the service missing points: both at once
		BeanPropertyBindingResult errors = this.fixtures.validated(form, jakarta.validation.groups.Default.class,
				ReportForm.Submission.class);
		this.workflow.saveByLeader(this.fixtures.user(LEADER), id, form, errors, true);
		assertThat(errors.getFieldError("points[" + key + "]").getCode()).isEqualTo("report.points.required");
		assertThat(errors.getFieldError("results").getCode()).isEqualTo("NotBlank");
		assertThat(errors.getFieldError("nextFocus")).isNull();
		assertThat(this.fixtures.row("select status from quarterly_reports where id = ?1", id)).containsEntry("status",
				"DRAFT");
	}

	@Test
	void aSubmissionCopiesTheLeadersPointsAndIsMarkedLateAfterTheDeadline() {
		long id = submitted("4");
		assertThat(this.fixtures
			.row("select status, late, submitted_at is not null as sent from quarterly_reports " + "where id = ?1", id))
			.containsEntry("status", "SUBMITTED")
			.containsEntry("late", true) // Q4 2014 was due on 10/01/2015
			.containsEntry("sent", true);
		assertThat(this.fixtures.count("select count(*) from scores where report_id = ?1 and final_points = 4", id))
			.isEqualTo(168);
		assertThat(auditActions(id)).containsExactly("REPORT_CREATED", "REPORT_SUBMITTED");
	}

	@Test
	void theLeaderStartsFromTheSelfAssessmentAndADifferentPointNeedsANote() {
		long id = this.fixtures.newDraft("cumtruong.quynhluu");
		CurrentUser dienChau = this.fixtures.user("huyen.dienchau");
		ReportSheet sheet = this.fixtures.reports.sheet(dienChau, id);
		SelfAssessmentForm self = SelfAssessmentForm.from(sheet, dienChau.unitId());
		self.getPoints().replaceAll((criterion, value) -> ReportFixtures.points("3"));
		BeanPropertyBindingResult selfErrors = this.fixtures.errors(self);
		this.workflow.selfAssess(dienChau, id, self, selfErrors);
		assertThat(selfErrors.hasErrors()).isFalse();
		this.fixtures.entityManager.flush();
		this.fixtures.entityManager.clear();

		ReportForm form = ReportForm.from(this.fixtures.reports.sheet(this.fixtures.user("cumtruong.quynhluu"), id));
		String dienChauKey = form.getPoints()
			.keySet()
			.stream()
			.filter((k) -> k.startsWith(dienChau.unitId() + "_"))
			.findFirst()
			.orElseThrow();
		assertThat(form.getPoints().get(dienChauKey)).isEqualTo(ReportFixtures.points("3"));

		form.getPoints().put(dienChauKey, ReportFixtures.points("2"));
		BeanPropertyBindingResult errors = this.fixtures.errors(form);
		this.workflow.saveByLeader(this.fixtures.user("cumtruong.quynhluu"), id, form, errors, false);
		assertThat(errors.getFieldError("notes[" + dienChauKey + "]").getCode())
			.isEqualTo("report.points.noteRequired");

		form.getNotes().put(dienChauKey, "Chưa có minh chứng đầy đủ");
		BeanPropertyBindingResult retry = this.fixtures.errors(form);
		this.workflow.saveByLeader(this.fixtures.user("cumtruong.quynhluu"), id, form, retry, false);
		assertThat(retry.hasErrors()).as(retry.toString()).isFalse();
		assertThat(this.fixtures.count("select count(*) from score_changes c join scores s on s.id = c.score_id "
				+ "where s.report_id = ?1 and c.stage = 'SELF'", id))
			.isEqualTo(21);
	}

	@Test
	void theDepartmentReturnsWithACommentAndTheLeaderResubmits() {
		long id = submitted("4");
		CurrentUser staff = this.fixtures.user("chuyenvien");
		int version = version(id);
		ReasonForm blank = new ReasonForm();
		blank.setText(" ");
		assertThat(this.fixtures.validated(blank).getFieldError("text").getCode()).isEqualTo("NotBlank");

		this.review.returnToLeader(staff, id, version, "Bổ sung minh chứng tiêu chí 6.2",
				this.fixtures.errors(new ReasonForm()));
		assertThat(this.fixtures.row("select status, review_comment from quarterly_reports where id = ?1", id))
			.containsEntry("status", "RETURNED")
			.containsEntry("review_comment", "Bổ sung minh chứng tiêu chí 6.2");

		ReportForm again = this.fixtures.filledForm(LEADER, id, "3,5");
		BeanPropertyBindingResult errors = this.fixtures.errors(again);
		this.workflow.saveByLeader(this.fixtures.user(LEADER), id, again, errors, true);
		assertThat(errors.hasErrors()).as(errors.toString()).isFalse();
		assertThat(this.fixtures.row("select status from quarterly_reports where id = ?1", id)).containsEntry("status",
				"SUBMITTED");
	}

	@Test
	void anAdjustmentNeedsAReasonAndIsKeptInTheHistory() {
		long id = submitted("4");
		CurrentUser staff = this.fixtures.user("chuyenvien");
		long scoreId = this.fixtures.count("select min(id) from scores where report_id = ?1", id);
		AdjustForm form = new AdjustForm();
		// as the controller does: the form's own check, then the service's, then nothing
		// saved while any error stands
		BeanPropertyBindingResult noReason = this.fixtures.validated(form);
		this.review.adjust(staff, id, version(id), scoreId, ReportFixtures.points("3"), "", noReason);
		assertThat(noReason.getFieldError("text").getCode()).isEqualTo("NotBlank");
		assertThat(this.fixtures.row("select final_points from scores where id = ?1", scoreId))
			.containsEntry("final_points", new BigDecimal("4.00"));

		BeanPropertyBindingResult tooHigh = this.fixtures.errors(form);
		this.review.adjust(staff, id, version(id), scoreId, ReportFixtures.points("50"), "Sai số liệu", tooHigh);
		assertThat(tooHigh.getFieldError("points").getCode()).isEqualTo("report.points.range");

		this.review.adjust(staff, id, version(id), scoreId, ReportFixtures.points("3,5"),
				"Số liệu hộp thư công vụ chưa đủ", this.fixtures.errors(form));
		assertThat(this.fixtures.row("select final_points, leader_points from scores where id = ?1", scoreId))
			.containsEntry("final_points", new BigDecimal("3.50"))
			.containsEntry("leader_points", new BigDecimal("4.00"));
		assertThat(this.fixtures.row("select stage, old_points, new_points, reason from score_changes "
				+ "where score_id = ?1 and stage = 'REVIEW'", scoreId))
			.containsEntry("old_points", new BigDecimal("4.00"))
			.containsEntry("new_points", new BigDecimal("3.50"))
			.containsEntry("reason", "Số liệu hộp thư công vụ chưa đủ");
	}

	@Test
	void anApprovedReportIsReadOnlyUntilTheDirectorReopensItWithAReason() {
		long id = submitted("4");
		this.review.approve(this.fixtures.user("chuyenvien"), id, version(id));
		assertThat(this.fixtures.row("select status from quarterly_reports where id = ?1", id)).containsEntry("status",
				"APPROVED");
		ReportForm edit = this.fixtures.filledForm(LEADER, id, "1");
		assertThatExceptionOfType(ReportStateException.class).isThrownBy(() -> this.workflow
			.saveByLeader(this.fixtures.user(LEADER), id, edit, this.fixtures.errors(edit), false));
		assertThatExceptionOfType(ReportStateException.class)
			.isThrownBy(() -> this.review.approve(this.fixtures.user("chuyenvien"), id, version(id)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.review
			.reopen(this.fixtures.user("chuyenvien"), id, version(id), "x", this.fixtures.errors(new ReasonForm())));

		CurrentUser director = this.fixtures.user("giamdoc");
		assertThat(this.fixtures.validated(new ReasonForm()).getFieldError("text").getCode()).isEqualTo("NotBlank");
		this.review.reopen(director, id, version(id), "Phát hiện sai sót số liệu quý 4",
				this.fixtures.errors(new ReasonForm()));
		assertThat(this.fixtures.row("select status, approved_at from quarterly_reports where id = ?1", id))
			.containsEntry("status", "RETURNED")
			.containsEntry("approved_at", null);
		assertThat(auditActions(id)).containsExactly("REPORT_CREATED", "REPORT_SUBMITTED", "REPORT_APPROVED",
				"REPORT_REOPENED");
	}

	@Test
	void aSaveFromAnOlderPageIsAConflictAndChangesNothing() {
		long id = this.fixtures.newDraft(LEADER);
		ReportForm stale = this.fixtures.filledForm(LEADER, id, "2");
		stale.setVersion(stale.getVersion() - 1);
		assertThatExceptionOfType(ReportConflictException.class).isThrownBy(() -> this.workflow
			.saveByLeader(this.fixtures.user(LEADER), id, stale, this.fixtures.errors(stale), false));
		assertThat(this.fixtures.count("select count(*) from scores where report_id = ?1 and leader_points is not null",
				id))
			.isZero();
	}

	@Test
	void aLeaderOfAnotherClusterCannotTouchTheReport() {
		long id = this.fixtures.newDraft(LEADER);
		ReportForm form = this.fixtures.filledForm(LEADER, id, "2");
		assertThatExceptionOfType(ReportNotFoundException.class).isThrownBy(() -> this.workflow
			.saveByLeader(this.fixtures.user("cumtruong.tuongduong"), id, form, this.fixtures.errors(form), true));
	}

	private long submitted(String points) {
		long id = this.fixtures.newDraft(LEADER);
		ReportForm form = this.fixtures.filledForm(LEADER, id, points);
		BeanPropertyBindingResult errors = this.fixtures.errors(form);
		this.workflow.saveByLeader(this.fixtures.user(LEADER), id, form, errors, true);
		assertThat(errors.hasErrors()).as(errors.toString()).isFalse();
		this.fixtures.entityManager.flush();
		return id;
	}

	private int version(long id) {
		this.fixtures.entityManager.flush();
		return ((Number) this.fixtures.row("select version from quarterly_reports where id = ?1", id).get("version"))
			.intValue();
	}

	private java.util.List<String> auditActions(long id) {
		this.fixtures.entityManager.flush();
		@SuppressWarnings("unchecked")
		java.util.List<String> actions = this.fixtures.entityManager
			.createNativeQuery("select action from audit_events where entity_type = 'QuarterlyReport' "
					+ "and entity_id = ?1 order by id")
			.setParameter(1, id)
			.getResultList();
		return actions;
	}

	private static NewReportForm newReport(int year, int quarter) {
		NewReportForm form = new NewReportForm();
		form.setYear(year);
		form.setQuarter(quarter);
		return form;
	}

}
