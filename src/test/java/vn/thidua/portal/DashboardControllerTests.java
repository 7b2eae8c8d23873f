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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
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
	void aDistrictUserSeesItsClusterHighlighted() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("myClusters", hasSize(1)))
			.andExpect(content().string(containsString("Đơn vị: Diễn Châu")));
	}

	private void setStatusOfQuarter3(String cluster, String status) {
		this.entityManager.createNativeQuery("""
				update quarterly_reports set status = :status, approved_at = null
				where quarter = 3 and cluster_id = (select id from clusters where name = :cluster and year = 2014)
				""").setParameter("status", status).setParameter("cluster", cluster).executeUpdate();
	}

}
