package vn.thidua.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A 2015 rule set (half-years weighted 40/60, bands 95/85/70/50) drafted from 2014's,
 * refused while wrong, published, and the 2015 rankings of a fixture classified and
 * ranked by it, while 2014 keeps today's rules.
 */
@IntegrationTest
@Transactional
class RulesOfAYearTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RulesService rules;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	long province;

	@BeforeEach
	void nghean() {
		this.province = this.jdbc.queryForObject("select id from provinces where code = '40'", Long.class);
	}

	@Test
	void theTwentyFourteenRulesAreTodaysValues() {
		Rules of2014 = this.rules.current(this.province, 2014);
		assertThat(of2014.ruleSetId()).isNotNull();
		assertThat(of2014.periods()).isEqualTo(PeriodScheme.QUARTERS);
		assertThat(of2014.weights()).containsExactly(25, 25, 25, 25);
		assertThat(of2014.bands()).extracting(Rules.Band::lowerBound)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(65),
					BigDecimal.valueOf(50), BigDecimal.ZERO);
		assertThat(of2014.awards()).extracting(Rules.AwardRule::code).containsExactly("CO_THI_DUA", "BANG_KHEN");
		// without a published set, the defaults: the same rules
		Rules of2016 = this.rules.current(this.province, 2016);
		assertThat(of2016.ruleSetId()).isNull();
		assertThat(of2016.bands()).extracting(Rules.Band::name)
			.containsExactly("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu")
			.isEqualTo(of2014.bands().stream().map(Rules.Band::name).toList());
	}

	@Test
	@WithUserDetails("chuyenvien")
	void aRuleSetIsDraftedRefusedWhileWrongPublishedAndRanksTheYear() throws Exception {
		this.mvc.perform(post("/admin/rules/draft").param("year", "2015").with(csrf()))
			.andExpect(status().is3xxRedirection());
		long set = this.jdbc.queryForObject(
				"select id from rule_sets where province_id = ? and year = 2015 and status = 'DRAFT'", Long.class,
				this.province);
		// copied from 2014
		assertThat(this.jdbc.queryForObject("select periods from rule_sets where id = ?", String.class, set))
			.isEqualTo("QUARTERS");

		// wrong: weights summing to 90, a band bound above the one before, a quota both
		// ways
		this.mvc
			.perform(form(set, "40", "50", "95", "96").param("awards[1].quotaCount", "1")
				.param("awards[1].quotaPercent", "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổng trọng số phải bằng 100 (hiện là 90).")))
			.andExpect(content().string(containsString("Điểm sàn phải thấp hơn của mức trên.")))
			.andExpect(content().string(containsString("Chỉ ghi số đơn vị hoặc tỷ lệ, không cả hai.")))
			// the values come back as typed, the radio still on half-years
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesPattern("(?s).*value=\"HALF_YEARS\" id=\"periods\\d\" name=\"periods\" checked.*")))
			.andExpect(content().string(containsString("name=\"weights[1]\" value=\"50\"")));
		assertThat(this.jdbc.queryForObject("select periods from rule_sets where id = ?", String.class, set))
			.isEqualTo("QUARTERS");

		this.mvc.perform(form(set, "40", "60", "95", "85")).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/rules/{id}/publish", set).with(csrf())).andExpect(status().is3xxRedirection());
		// the leaders and unit officers of the province are told
		assertThat(this.jdbc.queryForObject("select count(*) from notifications n join app_users u on u.id = n.user_id "
				+ "where n.kind = 'RULES_PUBLISHED' and u.username in ('cumtruong.quynhluu', 'huyen.dienchau') "
				+ "and n.args = array['2015']", Integer.class))
			.isEqualTo(2);
		Rules of2015 = this.rules.current(this.province, 2015);
		assertThat(of2015.ruleSetId()).isEqualTo(set);
		assertThat(of2015.periods()).isEqualTo(PeriodScheme.HALF_YEARS);
		assertThat(of2015.weights()).containsExactly(40, 60);
		assertThat(of2015.deadline(2015, 1)).isEqualTo(java.time.LocalDate.of(2015, 7, 15));
		// published: read-only, in the application and in the database
		this.mvc.perform(form(set, "50", "50", "95", "85"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "rules.error.published"));
		assertThat(this.jdbc.queryForObject("select weights[1] from rule_sets where id = ?", Integer.class, set))
			.isEqualTo(40);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where action in ('RULES_DRAFTED', 'RULES_CHANGED', 'RULES_PUBLISHED') "
						+ "and entity_id = ?",
				Integer.class, set))
			.isEqualTo(3);

		// a 2015 cluster of three units, two half-years approved
		long cluster = this.jdbc.queryForObject(
				"""
						insert into clusters (province_id, year, name, leader_unit_id)
						select province_id, 2015, 'Cụm thử 2015', id from units where level = 'DISTRICT_LEVEL' and name = 'Vinh' returning id
						""",
				Long.class);
		Map<String, long[]> points = Map.of("Vinh", new long[] { 100, 90 }, "Cửa Lò", new long[] { 90, 100 },
				"Thái Hòa", new long[] { 80, 90 });
		for (String unit : points.keySet()) {
			this.jdbc.update(
					"insert into cluster_members (cluster_id, year, unit_id) "
							+ "select ?, 2015, id from units where level = 'DISTRICT_LEVEL' and name = ?",
					cluster, unit);
		}
		long firstHalf = 0;
		for (int half = 1; half <= 2; half++) {
			long report = this.jdbc.queryForObject("insert into quarterly_reports (cluster_id, year, quarter, status, "
					+ "submitted_at, approved_at, created_at, updated_at) values (?, 2015, ?, 'APPROVED', now(), now(), "
					+ "now(), now()) returning id", Long.class, cluster, half);
			firstHalf = (half == 1) ? report : firstHalf;
			for (Map.Entry<String, long[]> unit : points.entrySet()) {
				this.jdbc.update(
						"insert into report_unit_totals (report_id, unit_id, general, press, "
								+ "publishing, post, telecom, it, bonus, penalty) select ?, id, ?, 0, 0, 0, 0, 0, 0, 0 "
								+ "from units where level = 'DISTRICT_LEVEL' and name = ?",
						report, unit.getValue()[half - 1], unit.getKey());
			}
		}
		String page = this.mvc
			.perform(get("/rankings").param("year", "2015").with(user(this.users.loadUserByUsername("giamdoc"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Cửa Lò 0.4 × 90 + 0.6 × 100 = 96 Xuất sắc; Vinh 94 Tốt; Thái Hòa 86 Tốt
		assertThat(page).contains("96", "94", "86");
		assertThat(page.indexOf("Cửa Lò")).isLessThan(page.indexOf(">Vinh<")).isPositive();
		assertThat(page).contains("6 tháng đầu năm", "6 tháng cuối năm");
		assertThat(page.split("class-xuat_sac").length - 1).isEqualTo(1);
		assertThat(page.split("class-tot").length - 1).isEqualTo(2);
		// the report pages name the period by the year's rules, not as a quarter (the
		// report page needs the year's criteria: copied from 2014)
		this.mvc
			.perform(post("/admin/criteria/copy").with(user(this.users.loadUserByUsername("admin")))
				.with(csrf())
				.param("from", "2014")
				.param("to", "2015"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/reports/{id}", firstHalf).with(user(this.users.loadUserByUsername("giamdoc"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Báo cáo 6 tháng đầu năm 2015 – Cụm thử 2015")))
			.andExpect(content().string(not(containsString("Quý I/2015"))));
		this.mvc.perform(get("/clusters/{id}", cluster).with(user(this.users.loadUserByUsername("giamdoc"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6 tháng cuối năm 2015")))
			.andExpect(content().string(not(containsString("Quý II/2015"))));
		// the database refuses a change of a published set too (last: it aborts the
		// transaction)
		assertThatThrownBy(() -> this.jdbc.update("update rule_bands set lower_bound = 1 where rule_set_id = ?", set))
			.hasMessageContaining("read-only");
	}

	@Test
	@WithUserDetails("chuyenvien")
	void anExcludedUnitIsRankedNoMoreAndComesBackWhenRemoved() throws Exception {
		this.mvc.perform(post("/admin/rules/exclusions").param("year", "2014").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chọn một đơn vị của tỉnh.")))
			.andExpect(content().string(containsString("Vui lòng ghi lý do.")));
		long vinh = this.jdbc.queryForObject("select id from units where level = 'DISTRICT_LEVEL' and name = 'Vinh'",
				Long.class);
		this.mvc
			.perform(post("/admin/rules/exclusions").param("year", "2014")
				.param("unitId", Long.toString(vinh))
				.param("kind", "KHONG_XET")
				.param("note", "Để xảy ra vi phạm")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.rules.current(this.province, 2014).exclusions()).containsKey(vinh);
		String page = this.mvc.perform(get("/rankings").param("year", "2014"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Không xét thi đua", "Để xảy ra vi phạm");
		long id = this.jdbc.queryForObject("select id from year_exclusions where unit_id = ?", Long.class, vinh);
		this.mvc.perform(post("/admin/rules/exclusions/{id}/delete", id).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.rules.current(this.province, 2014).exclusions()).isEmpty();
	}

	@Test
	@WithUserDetails("giamdoc")
	void theDirectorReadsTheRulesButCannotChangeThem() throws Exception {
		this.mvc.perform(get("/admin/rules").param("year", "2014"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quy chế thi đua năm 2014")))
			.andExpect(content().string(containsString("Đã công bố")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"rules-form\""))));
		this.mvc.perform(post("/admin/rules/draft").param("year", "2015").with(csrf()))
			.andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder form(long set, String w1, String w2, String xuatSac, String tot) {
		MockHttpServletRequestBuilder request = post("/admin/rules/{id}", set).with(csrf())
			.param("version", "0")
			.param("periods", "HALF_YEARS")
			.param("weights[0]", w1)
			.param("weights[1]", w2)
			.param("deadlineDay", "15");
		List<String[]> bands = List.of(new String[] { "XUAT_SAC", "Xuất sắc", xuatSac },
				new String[] { "TOT", "Tốt", tot }, new String[] { "KHA", "Khá", "70" },
				new String[] { "TRUNG_BINH", "Trung bình", "50" }, new String[] { "YEU", "Yếu", "0" });
		for (int i = 0; i < bands.size(); i++) {
			request.param("bands[" + i + "].code", bands.get(i)[0])
				.param("bands[" + i + "].used", "true")
				.param("bands[" + i + "].name", bands.get(i)[1])
				.param("bands[" + i + "].lowerBound", bands.get(i)[2]);
		}
		request.param("awards[0].code", "CO_THI_DUA")
			.param("awards[0].used", "true")
			.param("awards[0].name", "Cờ thi đua")
			.param("awards[0].minBand", "XUAT_SAC")
			.param("awards[0].rankFrom", "1")
			.param("awards[0].rankTo", "1")
			.param("awards[0].voteThreshold", "70")
			.param("awards[1].code", "BANG_KHEN")
			.param("awards[1].used", "true")
			.param("awards[1].name", "Bằng khen")
			.param("awards[1].minBand", "TOT")
			.param("awards[1].rankFrom", "2")
			.param("awards[1].rankTo", "3")
			.param("awards[1].voteThreshold", "70")
			.param("awards[2].code", "GIAY_KHEN");
		return request;
	}

}
