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
			.andExpect(content().string(containsString("Lập báo cáo Quý IV")))
			.andExpect(content().string(containsString("data-testid=\"create-report\"")));
		org.assertj.core.api.Assertions.assertThat(keys(toDo()))
			.contains("year.do.report.create Cụm 1 Quý IV")
			.doesNotContain("year.do.report.submit Cụm 1 Quý IV");
		this.mvc.perform(post("/reports").param("year", "2014").param("quarter", "4").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/reports/*/edit"));
		// created: what waits now is to consolidate and submit it
		org.assertj.core.api.Assertions.assertThat(keys(toDo()))
			.doesNotContain("year.do.report.create Cụm 1 Quý IV")
			.contains("year.do.report.submit Cụm 1 Quý IV");
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
		YearBoard.Board board = (YearBoard.Board) this.mvc.perform(get("/year"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"create-report\""))))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("board");
		org.assertj.core.api.Assertions.assertThat(board.year()).isEqualTo(2026);
		// the third period's stage is the leader's "create" in those two clusters only
		java.util.List<String> notCreated = board.clusters()
			.stream()
			.filter((c) -> c.stages().get(3).stateKey().equals("year.report.none"))
			.map((c) -> number(c.cluster().getName()))
			.toList();
		org.assertj.core.api.Assertions.assertThat(notCreated).containsExactlyInAnyOrder("Cụm 1", "Cụm 2");
		for (YearBoard.ClusterYear c : board.clusters()) {
			Number count = (Number) this.entityManager
				.createNativeQuery("select count(*) from quarterly_reports where cluster_id = :c and quarter = 3")
				.setParameter("c", c.cluster().getId())
				.getSingleResult();
			org.assertj.core.api.Assertions.assertThat(count.intValue() == 0)
				.as(c.cluster().getName())
				.isEqualTo(notCreated.contains(number(c.cluster().getName())));
			org.assertj.core.api.Assertions.assertThat(c.stages().get(3).actions())
				.allSatisfy(
						(a) -> org.assertj.core.api.Assertions.assertThat(a.who()).isNotEqualTo(YearBoard.Who.STAFF));
		}
		// nothing of it is the staff's to do
		org.assertj.core.api.Assertions.assertThat(keys(toDo()))
			.noneMatch((k) -> k.startsWith("year.do.report.create"));
	}

	/** "Cụm 10 (xã, phường …)" → "Cụm 10". */
	private static String number(String clusterName) {
		return clusterName.substring(0, clusterName.indexOf(" ("));
	}

	@SuppressWarnings("unchecked")
	private java.util.List<YearBoard.Action> toDo() throws Exception {
		return (java.util.List<YearBoard.Action>) this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("toDo");
	}

	private static java.util.List<String> keys(java.util.List<YearBoard.Action> actions) {
		return actions.stream()
			.map((a) -> a.key() + " " + ((a.cluster() != null) ? a.cluster().getName() : "-") + " "
					+ ((a.args().length > 0) ? a.args()[0] : "-"))
			.toList();
	}

	private void setStatusOfQuarter3(String cluster, String status) {
		this.entityManager.createNativeQuery("""
				update quarterly_reports set status = :status, approved_at = null
				where quarter = 3 and cluster_id = (select id from clusters where name = :cluster and year = 2014)
				""").setParameter("status", status).setParameter("cluster", cluster).executeUpdate();
	}

}
