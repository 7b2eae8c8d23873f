package vn.thidua.ranking;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the rankings page shows follows every input at once, with each change committed as
 * a person makes it (through the pages) and the page read before and after (so that a
 * kept copy of the page would show): a user's unit and role, a cluster's membership, a
 * report's approval and its scores. Not transactional on purpose: kept copies are only
 * made outside a transaction.
 */
@IntegrationTest
class RankingPageFollowsDataTests {

	static final String MISSING = "Thiếu quý";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	JdbcTemplate jdbc;

	Map<String, Object> dienChau;

	@BeforeEach
	void remember() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.dienChau = this.jdbc.queryForMap(
				"select id, role, unit_id, full_name, email, enabled from app_users where username = 'huyen.dienchau'");
	}

	@AfterEach
	void restore() {
		this.jdbc.update("update app_users set role = ?, unit_id = ? where username = 'huyen.dienchau'",
				this.dienChau.get("role"), this.dienChau.get("unit_id"));
		this.jdbc.update("delete from quarterly_reports where year = 2014 and quarter = 4 and cluster_id = ?",
				cluster("Cụm 1"));
		this.jdbc.update("delete from cluster_members where cluster_id = ? and unit_id = ?", cluster("Cụm 2"),
				unit("Tân Kỳ"));
		this.jdbc.update(
				"insert into cluster_members (cluster_id, unit_id, year) select ?, ?, 2014 "
						+ "where not exists (select 1 from cluster_members where unit_id = ? and year = 2014)",
				cluster("Cụm 1"), unit("Tân Kỳ"), unit("Tân Kỳ"));
	}

	@Test
	void aUsersUnitMovedByTheAdministratorShowsTheNewClusterAtOnce() throws Exception {
		assertThat(clustersShownTo("huyen.dienchau")).containsExactly("Cụm 1");
		updateUser("UNIT", unit("Tương Dương"));
		assertThat(clustersShownTo("huyen.dienchau")).containsExactly("Cụm 3");
	}

	@Test
	void aUsersRoleChangedByTheAdministratorShowsItsNewScopeAtOnce() throws Exception {
		assertThat(clustersShownTo("huyen.dienchau")).containsExactly("Cụm 1");
		updateUser("STAFF", null);
		assertThat(clustersShownTo("huyen.dienchau")).containsExactly("Cụm 1", "Cụm 2", "Cụm 3");
	}

	@Test
	void aUnitMovedToAnotherClusterIsRankedThereAtOnce() throws Exception {
		assertThat(page("giamdoc", "/rankings?year=2014")).contains("Tân Kỳ");
		long cluster1 = cluster("Cụm 1");
		Map<String, Object> form = this.jdbc
			.queryForMap("select name, leader_unit_id as leader_id, deputy_unit_id as deputy_id, version from clusters "
					+ "where id = ?", cluster1);
		List<Long> members = this.jdbc.queryForList(
				"select unit_id from cluster_members where cluster_id = ? " + "and unit_id <> ?", Long.class, cluster1,
				unit("Tân Kỳ"));
		MockHttpServletRequestBuilder update = post("/admin/clusters/{id}", cluster1).with(csrf())
			.with(as("admin"))
			.param("name", (String) form.get("name"))
			.param("leaderId", form.get("leader_id").toString())
			.param("deputyId", form.get("deputy_id").toString())
			.param("version", form.get("version").toString());
		members.forEach((id) -> update.param("memberIds", id.toString()));
		this.mvc.perform(update).andExpect(status().is3xxRedirection());
		this.jdbc.update("insert into cluster_members (cluster_id, unit_id, year) values (?, ?, 2014)",
				cluster("Cụm 2"), unit("Tân Kỳ"));
		String page = page("giamdoc", "/rankings?year=2014");
		String cluster2 = page.substring(page.indexOf("data-cluster=\"Cụm 2\""),
				page.indexOf("data-cluster=\"Cụm 3\""));
		assertThat(cluster2).contains("Tân Kỳ");
	}

	@Test
	void anApprovalAndAnAdjustedScoreShowAtOnce() throws Exception {
		String before = page("giamdoc", "/rankings?year=2014&quarter=4");
		assertThat(section(before, "Cụm 1")).contains(MISSING).doesNotContain(">17<");

		this.mvc
			.perform(post("/reports").with(csrf())
				.with(as("cumtruong.quynhluu"))
				.param("year", "2014")
				.param("quarter", "4"))
			.andExpect(status().is3xxRedirection());
		long report = this.jdbc.queryForObject(
				"select id from quarterly_reports where year = 2014 and quarter = 4 and cluster_id = ?", Long.class,
				cluster("Cụm 1"));
		MockHttpServletRequestBuilder submit = post("/reports/{id}/submit", report).with(csrf())
			.with(as("cumtruong.quynhluu"))
			.param("version", version(report))
			.param("results", "Hoàn thành.")
			.param("nextFocus", "Tổng kết năm.");
		this.jdbc
			.queryForList("select unit_id || '_' || criterion_id from scores where report_id = ?", String.class, report)
			.forEach((key) -> submit.param("points[" + key + "]", "1"));
		this.mvc.perform(submit).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/reports/{id}/approve", report).with(csrf())
				.with(as("chuyenvien"))
				.param("version", version(report)))
			.andExpect(status().is3xxRedirection());
		// 18 scored criteria and one bonus at 1, two penalties at 1: 17 each
		assertThat(section(page("giamdoc", "/rankings?year=2014&quarter=4"), "Cụm 1")).doesNotContain(MISSING)
			.contains(">17<");

		this.mvc
			.perform(post("/reports/{id}/reopen", report).with(csrf())
				.with(as("giamdoc"))
				.param("version", version(report))
				.param("text", "Kiểm tra lại"))
			.andExpect(status().is3xxRedirection());
		assertThat(section(page("giamdoc", "/rankings?year=2014&quarter=4"), "Cụm 1")).contains(MISSING)
			.doesNotContain(">17<");
	}

	private List<String> clustersShownTo(String username) throws Exception {
		String page = page(username, "/rankings?year=2014");
		return java.util.regex.Pattern.compile("data-cluster=\"([^\"]+)\"")
			.matcher(page)
			.results()
			.map((m) -> m.group(1))
			.toList();
	}

	/**
	 * The page as the user sees it, read twice so that the second read could be a kept
	 * copy.
	 */
	private String page(String username, String uri) throws Exception {
		this.mvc.perform(get(uri).with(as(username))).andExpect(status().isOk());
		return this.mvc.perform(get(uri).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String section(String page, String cluster) {
		int start = page.indexOf("data-cluster=\"" + cluster + "\"");
		int end = page.indexOf("data-cluster=", start + 20);
		return (start < 0) ? "" : page.substring(start, (end < 0) ? page.length() : end);
	}

	private void updateUser(String role, Long unitId) throws Exception {
		MockHttpServletRequestBuilder update = post("/admin/users/{id}", this.dienChau.get("id")).with(csrf())
			.with(as("admin"))
			.param("fullName", (String) this.dienChau.get("full_name"))
			.param("role", role)
			.param("enabled", "true");
		if (unitId != null) {
			update.param("unitId", unitId.toString());
		}
		this.mvc.perform(update).andExpect(status().is3xxRedirection());
	}

	/** The user as a new login loads it. */
	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private String version(long report) {
		return this.jdbc.queryForObject("select version from quarterly_reports where id = ?", Integer.class, report)
			.toString();
	}

	private long cluster(String name) {
		return this.jdbc.queryForObject("select id from clusters where name = ? and year = 2014", Long.class, name);
	}

	private long unit(String name) {
		return this.jdbc.queryForObject("select id from units where level = 'DISTRICT_LEVEL' and name = ?", Long.class,
				name);
	}

}
