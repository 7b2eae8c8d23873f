package vn.thidua.criteria;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "6.1 Cán bộ, công chức dùng hộp thư điện tử công vụ" made measured (target 100 %,
 * proportional, 8 points): a unit enters 85 % and gets 6,8; 120 % gives 8; no figure
 * gives 0, flagged; a negative or non-numeric value is refused and nothing is saved; the
 * leader sees the value and the points.
 */
@IntegrationTest
@Transactional
class MeasuredCriterionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long criterion;

	long report;

	@BeforeEach
	void measuredCriterionAndADraft() throws Exception {
		long set = this.jdbc.queryForObject("select id from criteria_sets where year = 2014", Long.class);
		this.criterion = this.jdbc.queryForObject("select id from criteria where criteria_set_id = ? and code = '6.1'",
				Long.class, set);
		this.jdbc.update("update criteria_sets set status = 'DRAFT', published_at = null where id = ?", set);
		// refused first: steps missing for the stepped formula
		this.mvc
			.perform(post("/admin/criteria/items/{id}", this.criterion).with(as("admin"))
				.with(csrf())
				.param("code", "6.1")
				.param("title", "Cán bộ, công chức dùng hộp thư điện tử công vụ")
				.param("maxPoints", "8")
				.param("measured", "true")
				.param("measureUnit", "PERCENT")
				.param("measureTarget", "100")
				.param("measureDirection", "HIGHER")
				.param("measureFormula", "STEPS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ghi các bậc dạng số liệu:điểm")));
		this.mvc
			.perform(post("/admin/criteria/items/{id}", this.criterion).with(as("admin"))
				.with(csrf())
				.param("code", "6.1")
				.param("title", "Cán bộ, công chức dùng hộp thư điện tử công vụ")
				.param("maxPoints", "8")
				.param("measured", "true")
				.param("measureUnit", "PERCENT")
				.param("measureTarget", "100")
				.param("measureDirection", "HIGHER")
				.param("measureFormula", "PROPORTIONAL"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select measure_formula from criteria where id = ?", String.class,
				this.criterion))
			.isEqualTo("PROPORTIONAL");
		this.mvc.perform(post("/admin/criteria/{id}/publish", set).with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/reports").with(as("cumtruong.quynhluu"))
				.with(csrf())
				.param("year", "2014")
				.param("quarter", "4"))
			.andExpect(status().is3xxRedirection());
		this.report = this.jdbc.queryForObject("select r.id from quarterly_reports r join clusters c on "
				+ "c.id = r.cluster_id where c.name = 'Cụm 1' and r.year = 2014 and r.quarter = 4", Long.class);
	}

	@Test
	void theUnitEntersTheValueAndThePointsFollowTheFormula() throws Exception {
		this.mvc.perform(get("/reports/{id}/self-assessment", this.report).with(as("huyen.dienchau")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"values[" + this.criterion + "]\"")))
			.andExpect(content().string(containsString("Tỷ lệ thuận với chỉ tiêu 100%, tối đa 8 điểm")));

		assertThat(save("85")).isEqualByComparingTo("6.80");
		assertThat(measured()).isEqualByComparingTo("85");
		this.mvc.perform(get("/reports/{id}/self-assessment", this.report).with(as("huyen.dienchau")))
			.andExpect(content().string(containsString("Điểm: 6,8")));
		assertThat(save("120")).isEqualByComparingTo("8");
		assertThat(save("")).isEqualByComparingTo("0");
		assertThat(measured()).isNull();
		this.mvc.perform(get("/reports/{id}/self-assessment", this.report).with(as("huyen.dienchau")))
			.andExpect(content().string(containsString("Chưa có số liệu")));

		save("85");
		for (String wrong : new String[] { "-5", "tám mươi lăm" }) {
			this.mvc.perform(selfAssessment(wrong))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Số liệu phải là số không âm")))
				.andExpect(content().string(containsString("value=\"" + wrong + "\"")));
			assertThat(measured()).isEqualByComparingTo("85");
		}
		// the leader sees the value, the formula and the points in the unit's column
		long dienChau = this.jdbc
			.queryForObject("select id from units where level = 'DISTRICT_LEVEL' and name = 'Diễn Châu'", Long.class);
		this.mvc
			.perform(get("/reports/{id}/edit", this.report).param("unit", Long.toString(dienChau))
				.with(as("cumtruong.quynhluu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số liệu: 85")));
	}

	private BigDecimal save(String value) throws Exception {
		this.mvc.perform(selfAssessment(value)).andExpect(status().is3xxRedirection());
		return measuredPoints();
	}

	private BigDecimal measuredPoints() {
		this.entityManager.flush();
		return this.jdbc.queryForObject(
				"select coalesce(self_points, -1) from scores s join units d on "
						+ "d.id = s.unit_id where s.report_id = ? and s.criterion_id = ? and d.name = 'Diễn Châu'",
				BigDecimal.class, this.report, this.criterion);
	}

	private BigDecimal measured() {
		this.entityManager.flush();
		return this.jdbc.queryForObject(
				"select measured_value from scores s join units d on d.id = s.unit_id "
						+ "where s.report_id = ? and s.criterion_id = ? and d.name = 'Diễn Châu'",
				BigDecimal.class, this.report, this.criterion);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder selfAssessment(String value) {
		this.entityManager.flush();
		int version = this.jdbc.queryForObject("select version from quarterly_reports where id = ?", Integer.class,
				this.report);
		return post("/reports/{id}/self-assessment", this.report).with(as("huyen.dienchau"))
			.with(csrf())
			.param("version", Integer.toString(version))
			.param("values[" + this.criterion + "]", value);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
