package vn.thidua.closing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.thidua.rules.RulesService;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An award rule "Xuất sắc in each of the 2 previous years": Nghệ An's 2014 Cờ thi đua
 * with that condition (no cluster year before 2014 exists, so no unit meets it) gives the
 * closing no default candidate for the flag, and the department's page flags the flag
 * proposed by Cụm 3's closed vote. Rolled back.
 */
@IntegrationTest
@Transactional
class AwardConditionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@PersistenceContext
	EntityManager entities;

	@Autowired
	UserDetailsService users;

	@Test
	void aUnitWithoutTheEarlierYearsIsNoDefaultCandidateAndTheDepartmentSeesWhy() throws Exception {
		// the department's page before the condition: the flag proposal is not flagged
		String before = awardsPage();
		assertThat(before).doesNotContain("data-testid=\"prior-unmet\"");

		this.jdbc.execute("alter table rule_awards disable trigger tg_rule_awards_read_only");
		assertThat(this.jdbc.update("update rule_awards a set prior_years = 2, prior_band = 'XUAT_SAC' "
				+ "from rule_sets s join provinces p on p.id = s.province_id "
				+ "where a.rule_set_id = s.id and p.code = '40' and s.year = 2014 and a.code = 'CO_THI_DUA'"))
			.isEqualTo(1);
		this.jdbc.execute("alter table rule_awards enable trigger tg_rule_awards_read_only");
		// written past the rules service: neither its cache nor the persistence context
		// of the test's transaction knows
		this.caches.getCache(RulesService.CACHE).clear();
		this.entities.clear();

		String page = awardsPage();
		assertThat(page).contains("data-testid=\"prior-unmet\"");
		assertThat(HtmlUtils.htmlUnescape(page))
			.contains("Không đạt điều kiện các năm trước của quy chế: không năm nào đạt");

		// Cụm 3's closing opened afresh: no default candidate for the flag, the others as
		// before
		long cluster = this.jdbc.queryForObject("select id from clusters where name = 'Cụm 3' and year = 2014",
				Long.class);
		String candidates = "select count(*) from closing_candidates k join cluster_closings c on c.id = k.closing_id "
				+ "where c.cluster_id = ? and k.award = ?";
		assertThat(this.jdbc.queryForObject(candidates, Integer.class, cluster, "CO_THI_DUA"))
			.as("opened under the rules without the condition")
			.isPositive();
		this.jdbc.update("delete from cluster_closings where cluster_id = ?", cluster);
		this.mvc
			.perform(post("/clusters/{id}/closing/open", cluster)
				.with(user(this.users.loadUserByUsername("cumtruong.tuongduong")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.entities.flush();
		assertThat(this.jdbc.queryForObject(candidates, Integer.class, cluster, "CO_THI_DUA")).isZero();
		assertThat(this.jdbc.queryForObject(candidates, Integer.class, cluster, "BANG_KHEN")).isPositive();

		// the leader adds the first-ranked unit anyway, with a reason: the closing page
		// flags it
		long first = this.jdbc.queryForObject(
				"select id from units where name = 'Tương Dương' " + "and level = 'DISTRICT_LEVEL'", Long.class);
		this.mvc
			.perform(post("/clusters/{id}/closing/candidates", cluster)
				.with(user(this.users.loadUserByUsername("cumtruong.tuongduong")))
				.with(csrf())
				.param("award", "CO_THI_DUA")
				.param("unitId", Long.toString(first))
				.param("reason", "Dẫn đầu cụm năm 2014"))
			.andExpect(status().is3xxRedirection());
		String closingPage = HtmlUtils.htmlUnescape(this.mvc
			.perform(get("/clusters/{id}/closing", cluster).with(user(this.users.loadUserByUsername("chuyenvien"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(closingPage).contains("data-testid=\"prior-unmet\"",
				"Không đạt điều kiện các năm trước của quy chế: không năm nào đạt");
	}

	private String awardsPage() throws Exception {
		return this.mvc
			.perform(get("/awards").param("year", "2014").with(user(this.users.loadUserByUsername("chuyenvien"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
