package vn.thidua.portal;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class DashboardControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Test
	@WithUserDetails("chuyenvien")
	void staffSeeSubmittedReportsAwaitingReview() throws Exception {
		this.mvc.perform(get("/")).andExpect(model().attribute("awaiting", hasSize(0)));
		setStatusOfQuarter3("Cụm 2", "SUBMITTED");
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("awaiting", hasSize(1)))
			.andExpect(content().string(containsString("Quý III/2014")));
	}

	@Test
	@WithUserDetails("cumtruong.yenthanh")
	void aLeaderSeesItsOwnReturnedReportOnly() throws Exception {
		setStatusOfQuarter3("Cụm 2", "RETURNED");
		setStatusOfQuarter3("Cụm 1", "RETURNED");
		this.mvc.perform(get("/"))
			.andExpect(model().attribute("awaiting", hasSize(1)))
			.andExpect(content().string(containsString("Bị trả lại")));
	}

	@Test
	@WithUserDetails("huyen.dienchau")
	void aUnitUserSeesItsClusterHighlighted() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("myClusters", hasSize(1)))
			.andExpect(content().string(containsString("Đơn vị: Diễn Châu")));
	}

	@Test
	@WithUserDetails("cumtruong.quynhluu")
	void aLeaderIsToldWhichQuarterReportsToCreateAndCreatesOneFromTheDashboard() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(model().attribute("toCreate", hasSize(1)))
			.andExpect(model().attribute("mayCreate", true))
			.andExpect(content().string(containsString("Báo cáo quý cần tạo")))
			.andExpect(content().string(containsString("Quý IV/2014")))
			.andExpect(content().string(containsString("data-testid=\"create-report\"")));
		this.mvc.perform(post("/reports").param("year", "2014").param("quarter", "4").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/reports/*/edit"));
		this.mvc.perform(get("/")).andExpect(model().attribute("toCreate", hasSize(0)));
	}

	@Test
	@WithUserDetails("chuyenvien")
	void theDepartmentSeesEveryClusterStillToCreateWithoutACreateButton() throws Exception {
		// the department opens on 2026: a third-quarter report of two clusters not
		// created
		this.entityManager
			.createNativeQuery("delete from quarterly_reports r using clusters c where c.id = r.cluster_id "
					+ "and c.year = 2026 and r.quarter = 3 and (c.name like 'Cụm 1 %' or c.name like 'Cụm 2 %')")
			.executeUpdate();
		java.util.List<?> toCreate = (java.util.List<?>) this.mvc.perform(get("/"))
			.andExpect(model().attribute("mayCreate", false))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"create-report\""))))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("toCreate");
		java.util.List<String> listed = toCreate.stream()
			.map((r) -> (vn.thidua.report.ReportService.ReportToCreate) r)
			.map((r) -> r.cluster().getName().substring(0, 5) + " Q" + r.quarter() + "/" + r.year())
			.toList();
		org.assertj.core.api.Assertions.assertThat(listed).containsExactlyInAnyOrder("Cụm 1 Q3/2026", "Cụm 2 Q3/2026");
		// and every listed report is indeed missing
		for (Object r : toCreate) {
			var missing = (vn.thidua.report.ReportService.ReportToCreate) r;
			Number count = (Number) this.entityManager
				.createNativeQuery("select count(*) from quarterly_reports where cluster_id = :c and year = :y "
						+ "and quarter = :q")
				.setParameter("c", missing.cluster().getId())
				.setParameter("y", missing.year())
				.setParameter("q", missing.quarter())
				.getSingleResult();
			org.assertj.core.api.Assertions.assertThat(count.intValue()).as(missing.toString()).isZero();
		}
	}

	private void setStatusOfQuarter3(String cluster, String status) {
		this.entityManager.createNativeQuery("""
				update quarterly_reports set status = :status, approved_at = null
				where quarter = 3 and cluster_id = (select id from clusters where name = :cluster and year = 2014)
				""").setParameter("status", status).setParameter("cluster", cluster).executeUpdate();
	}

}
