package vn.thidua.report;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A report's page as the director reads it: the period named by the year's rules, each
 * cell's points with the unit's own points beneath where they differ, and the points
 * history with who changed which unit's criterion from what to what.
 */
@IntegrationTest
@Transactional
class ReportPageWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	@Test
	void theTableShowsTheSelfAssessmentWhereItDiffersAndTheHistoryNamesEachChange() throws Exception {
		long id = this.fixtures.count("select min(id) from quarterly_reports where status = 'APPROVED' and quarter = 1"
				+ " and cluster_id = (select id from clusters where name = 'Cụm 2' and year = 2014)");
		// Vinh's 6.1 counts 7 points where Vinh gave itself 5
		long score = this.fixtures.count("select s.id from scores s join units d on d.id = s.unit_id"
				+ " join criteria c on c.id = s.criterion_id where s.report_id = " + id
				+ " and d.name = 'Vinh' and c.code = '6.1'");
		this.fixtures.entityManager
			.createNativeQuery("update scores set final_points = 7, self_points = 5 where id = " + score)
			.executeUpdate();
		long user = this.fixtures.count("select id from app_users where username = 'chuyenvien'");
		this.fixtures.entityManager
			.createNativeQuery("insert into score_changes (score_id, stage, old_points, new_points, changed_by, reason)"
					+ " values (" + score + ", 'REVIEW', 5, 6.5, " + user + ", 'Đối chiếu minh chứng')")
			.executeUpdate();

		String page = this.mvc.perform(get("/reports/" + id).with(user(this.fixtures.user("giamdoc"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<title>Báo cáo quý I/2014 – Cụm 2 – Cụm thi đua</title>")
			.contains(">Quý I/2014 – Cụm 2</a>")
			.contains(">7<span class=\"self-hint d-block\">Tự chấm: 5</span></td>");
		assertThat(page.split("class=\"self-hint d-block\"", -1)).as("one cell differs from its self-assessment")
			.hasSize(2);
		String history = page.substring(page.indexOf("data-testid=\"history\""));
		assertThat(history).contains("Sở thẩm định", "Chuyên viên", "Vinh – 6.1", "5 → 6,5", "Đối chiếu minh chứng");
	}

}
