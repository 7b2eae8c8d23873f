package vn.thidua.cluster;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@WithUserDetails("giamdoc")
class ClusterControllerTests {

	static final String[] NGHE_AN_UNITS = { "Vinh", "Cửa Lò", "Thái Hòa", "Quế Phong", "Quỳ Châu", "Kỳ Sơn",
			"Tương Dương", "Nghĩa Đàn", "Quỳ Hợp", "Quỳnh Lưu", "Con Cuông", "Tân Kỳ", "Anh Sơn", "Diễn Châu",
			"Yên Thành", "Đô Lương", "Thanh Chương", "Nghi Lộc", "Nam Đàn", "Hưng Nguyên", "Hoàng Mai" };

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	UserDetailsService userDetailsService;

	@Test
	void the2014ClustersShowTheirLeadersAndAll21Units() throws Exception {
		String html = this.mvc.perform(get("/clusters").param("year", "2014"))
			.andExpect(status().isOk())
			.andExpect(view().name("cluster/list"))
			.andExpect(content().string(containsString("Cụm thi đua năm 2014")))
			.andExpect(content().string(allOf(containsString("cluster-leader\">Yên Thành"),
					containsString("cluster-leader\">Quỳnh Lưu"), containsString("cluster-leader\">Tương Dương"))))
			.andExpect(content().string(containsString("mang tính minh họa")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String unit : NGHE_AN_UNITS) {
			assertThat(html).contains("cluster-member\">" + unit + "<");
		}
	}

	@Test
	void withoutAYearTheLatestYearWithClustersIsShown() throws Exception {
		this.mvc.perform(get("/clusters")).andExpect(status().isOk()).andExpect(model().attribute("year", 2026));
	}

	@Test
	void aYearWithoutClustersSaysSo() throws Exception {
		this.mvc.perform(get("/clusters").param("year", "2013"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có cụm thi đua nào trong năm 2013.")));
	}

	@Test
	void aYearThatIsNotANumberIsABadRequest() throws Exception {
		this.mvc.perform(get("/clusters").param("year", "hai-nghìn")).andExpect(status().isBadRequest());
	}

	@Test
	void oneClusterShowsLeaderDeputyAndMembersWithType() throws Exception {
		this.mvc.perform(get("/clusters/{id}", clusterId("Cụm 1")))
			.andExpect(status().isOk())
			.andExpect(view().name("cluster/detail"))
			.andExpect(content().string(containsString("Cụm 1 – năm 2014")))
			.andExpect(content().string(containsString("Hoàng Mai")))
			.andExpect(content().string(containsString("Thị xã")))
			.andExpect(content().string(containsString("Cụm phó")))
			.andExpect(content().string(containsString("Quý III/2014")));
	}

	@Test
	void anUnknownClusterIsNotFound() throws Exception {
		this.mvc.perform(get("/clusters/{id}", 987654)).andExpect(status().isNotFound());
	}

	@Test
	@Transactional
	void aUserOfAnotherProvinceCannotSeeNgheAnClusters() throws Exception {
		long cluster = clusterId("Cụm 1");
		this.entityManager
			.createNativeQuery(
					"""
							insert into app_users (username, password_hash, full_name, role, province_id)
							select 'giamdoc.hagiang', '{noop}x', 'Giám đốc Sở Hà Giang', 'DIRECTOR', id from provinces where code = '02'
							""")
			.executeUpdate();
		RequestPostProcessor haGiang = user(this.userDetailsService.loadUserByUsername("giamdoc.hagiang"));
		this.mvc.perform(get("/clusters/{id}", cluster).with(haGiang)).andExpect(status().isNotFound());
		this.mvc.perform(get("/clusters").param("year", "2014").with(haGiang))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Yên Thành"))))
			.andExpect(content().string(containsString("Chưa có cụm thi đua nào trong năm 2014.")));
	}

	@Test
	void englishIsTheSecondLanguage() throws Exception {
		this.mvc.perform(get("/clusters").param("year", "2014").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Clusters of 2014")))
			.andExpect(content().string(containsString("Leader")));
	}

	private long clusterId(String name) {
		return ((Number) this.entityManager
			.createNativeQuery("select id from clusters where name = :name and year = 2014")
			.setParameter("name", name)
			.getSingleResult()).longValue();
	}

}
