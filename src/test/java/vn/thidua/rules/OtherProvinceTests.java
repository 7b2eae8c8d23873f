package vn.thidua.rules;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The new routes of the rules, the closing and the import never cross provinces: the
 * department of Hà Giang sees its own rules (the defaults), and gets 404 for Nghệ An's
 * rule set, exclusion, cluster closing and report import.
 */
@IntegrationTest
@Transactional
class OtherProvinceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void haGiang() {
		for (String[] account : new String[][] { { "chuyenvien.hagiang", "STAFF" },
				{ "giamdoc.hagiang", "DIRECTOR" } }) {
			this.jdbc.update(
					"insert into app_users (username, password_hash, full_name, role, province_id) "
							+ "select ?, '{noop}x', 'Sở Hà Giang', ?, id from provinces where code = '02'",
					account[0], account[1]);
		}
	}

	@Test
	void nothingOfNgheAnIsReachedFromHaGiang() throws Exception {
		long set = this.jdbc.queryForObject("select id from rule_sets where year = 2014", Long.class);
		long exclusion = this.jdbc.queryForObject("insert into year_exclusions (province_id, year, unit_id, kind, "
				+ "note) select province_id, 2014, id, 'CHUA_XET', 'Đang thanh tra' from units where level = 'DISTRICT_LEVEL' and name = 'Vinh' "
				+ "returning id", Long.class);
		long cluster = this.jdbc.queryForObject("select id from clusters where name = 'Cụm 3' and year = 2014",
				Long.class);
		long report = this.jdbc.queryForObject("select min(id) from quarterly_reports", Long.class);

		this.mvc.perform(get("/admin/rules").param("year", "2014").with(as("chuyenvien.hagiang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"rules-default\"")))
			.andExpect(content().string(not(containsString("Đang thanh tra"))));
		this.mvc.perform(post("/admin/rules/{id}", set).with(as("chuyenvien.hagiang")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/rules/{id}/publish", set).with(as("chuyenvien.hagiang")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/rules/exclusions/{id}/delete", exclusion).with(as("chuyenvien.hagiang")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clusters/{id}/closing", cluster).with(as("giamdoc.hagiang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clusters/{id}/closing/minutes.docx", cluster).with(as("giamdoc.hagiang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clusters/{id}/closing/scans/MINUTES", cluster).with(as("giamdoc.hagiang")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/clusters/{id}/closing/reopen", cluster).with(as("giamdoc.hagiang"))
				.with(csrf())
				.param("reason", "Thử"))
			.andExpect(status().isNotFound());
		// a cluster's covenant and documents
		this.mvc.perform(get("/clusters/{id}/covenant", cluster).with(as("giamdoc.hagiang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clusters/{id}/covenant.docx", cluster).with(as("giamdoc.hagiang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clusters/{id}/documents", cluster).with(as("giamdoc.hagiang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/clusters/{id}/covenant/approve", cluster).with(as("chuyenvien.hagiang")).with(csrf()))
			.andExpect(status().isNotFound());
		// another province's award decision page holds none of Nghệ An's clusters
		this.mvc.perform(get("/awards").param("year", "2014").with(as("giamdoc.hagiang")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Cụm 3"))))
			.andExpect(content().string(not(containsString("Tương Dương"))));
		this.mvc.perform(get("/awards/2014.xlsx").with(as("giamdoc.hagiang"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/{id}/import/template.xlsx", report).with(as("giamdoc.hagiang")))
			.andExpect(status().isForbidden());
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.queryForObject("select count(*) from year_exclusions where id = ?", Integer.class,
					exclusion))
			.isEqualTo(1);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
