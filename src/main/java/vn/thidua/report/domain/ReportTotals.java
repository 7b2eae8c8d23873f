package vn.thidua.report.domain;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

/**
 * Keeps {@code report_unit_totals}: the per-unit subtotals of an approved report, summed
 * by the database in one statement when the report is approved, removed when it is
 * reopened. Rankings read them (see the ranking feature) instead of every score.
 */
@Repository
public class ReportTotals {

	private static final String RECORD = """
			insert into report_unit_totals
			    (report_id, unit_id, general, press, publishing, post, telecom, it, bonus, penalty)
			select s.report_id, s.unit_id,
			       sum(case when cr.kind = 'SCORE' and cr.field = 'GENERAL' then s.final_points else 0 end),
			       sum(case when cr.kind = 'SCORE' and cr.field = 'PRESS' then s.final_points else 0 end),
			       sum(case when cr.kind = 'SCORE' and cr.field = 'PUBLISHING' then s.final_points else 0 end),
			       sum(case when cr.kind = 'SCORE' and cr.field = 'POST' then s.final_points else 0 end),
			       sum(case when cr.kind = 'SCORE' and cr.field = 'TELECOM' then s.final_points else 0 end),
			       sum(case when cr.kind = 'SCORE' and cr.field = 'IT' then s.final_points else 0 end),
			       sum(case when cr.kind = 'BONUS' then s.final_points else 0 end),
			       sum(case when cr.kind = 'PENALTY' then s.final_points else 0 end)
			from scores s join criteria cr on cr.id = s.criterion_id
			where s.report_id = :reportId
			group by s.report_id, s.unit_id
			""";

	private final EntityManager entityManager;

	ReportTotals(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public void recordApproved(long reportId) {
		forget(reportId);
		this.entityManager.flush();
		this.entityManager.createNativeQuery(RECORD).setParameter("reportId", reportId).executeUpdate();
	}

	public void forget(long reportId) {
		this.entityManager.createNativeQuery("delete from report_unit_totals where report_id = :reportId")
			.setParameter("reportId", reportId)
			.executeUpdate();
	}

}
