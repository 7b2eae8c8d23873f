package vn.thidua.unit;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The units of Nghệ An across the 2025 reform as the department meets them: the list by
 * level and validity, a new commune's page with the communes and the district it was
 * formed from, a 2027 cluster of communes run through a quarterly report to the rankings,
 * a merged province's history read by its successor only, and documents that carry the
 * agency of their year.
 */
@IntegrationTest
@Transactional
class UnitsAcrossTheReformTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManager entityManager;

	@Test
	void theUnitsPageListsNgheAnsUnitsByLevelAndValidity() throws Exception {
		String communes = page("admin", "/admin/units?level=COMMUNE_LEVEL&validity=CURRENT");
		// the 130 communes and wards of 1/7/2025, none of the 412 that ended
		assertThat(rows(communes)).hasSize(130).contains("17329 Anh Sơn");
		assertThat(communes).doesNotContain("Kim Nhan");
		String ended = page("admin", "/admin/units?level=COMMUNE_LEVEL&validity=ENDED");
		assertThat(rows(ended)).hasSize(412).contains("17329 Kim Nhan", "17353 Đức Sơn", "17374 Phúc Sơn");
		String districts = page("admin", "/admin/units?level=DISTRICT_LEVEL&validity=ENDED");
		assertThat(rows(districts)).hasSize(21).contains("424 Anh Sơn", "412 Vinh");
		assertThat(rows(page("admin", "/admin/units?level=DISTRICT_LEVEL&validity=CURRENT"))).isEmpty();
	}

	@Test
	void aCommuneOf2025ShowsTheCommunesAndTheDistrictItWasFormedFrom() throws Exception {
		String anhSon = page("admin", "/admin/units/" + unit("17329", "COMMUNE_LEVEL", "Anh Sơn"));
		assertThat(anhSon).contains("Xã Anh Sơn", "01/07/2025");
		assertThat(names(section(anhSon, "formed-from"))).containsExactlyInAnyOrder("Thị trấn Kim Nhan", "Xã Đức Sơn",
				"Xã Phúc Sơn");
		assertThat(names(section(anhSon, "earlier"))).contains("Huyện Anh Sơn");

		String district = page("admin", "/admin/units/" + unit("424", "DISTRICT_LEVEL", "Anh Sơn"));
		assertThat(district).contains("Huyện Anh Sơn", "30/06/2025");
		// its communes and the communes formed from them
		assertThat(names(section(district, "contained"))).contains("Thị trấn Kim Nhan", "Xã Đức Sơn")
			.doesNotContain("Xã Anh Sơn");
		assertThat(names(section(district, "later"))).contains("Xã Anh Sơn");
	}

	@Test
	void aClusterOfCommunesOf2027IsScoredAndRanked() throws Exception {
		long leader = unit("17329", "COMMUNE_LEVEL", "Anh Sơn");
		long deputy = commune("Thành Bình Thọ");
		List<Long> members = List.of(leader, deputy, commune("Nhân Hòa"), commune("Anh Sơn Đông"));
		// the year's criteria, copied from 2014 and published
		this.mvc.perform(
				post("/admin/criteria/copy").with(csrf()).with(as("admin")).param("from", "2014").param("to", "2027"))
			.andExpect(redirectedUrl("/admin/criteria?year=2027"));
		long set = count("select id from criteria_sets where year = 2027");
		this.mvc.perform(post("/admin/criteria/{id}/publish", set).with(csrf()).with(as("admin")))
			.andExpect(redirectedUrl("/admin/criteria?year=2027"));

		MockHttpServletRequestBuilder cluster = post("/admin/clusters/new").with(csrf())
			.with(as("admin"))
			.param("year", "2027")
			.param("name", "Cụm xã miền núi 1")
			.param("leaderId", Long.toString(leader))
			.param("deputyId", Long.toString(deputy));
		members.forEach((id) -> cluster.param("memberIds", id.toString()));
		this.mvc.perform(cluster).andExpect(redirectedUrl("/admin/clusters?year=2027"));

		this.mvc
			.perform(post("/admin/users").with(csrf())
				.with(as("admin"))
				.param("username", "cumtruong.anhson")
				.param("fullName", "Nguyễn Văn Sơn")
				.param("role", "CLUSTER_LEADER")
				.param("unitId", Long.toString(leader))
				.param("enabled", "true")
				.param("password", "Anh-Son-2026-xa"))
			.andExpect(status().is3xxRedirection());
		// the leader's first sign-in: the temporary password changed
		this.mvc
			.perform(post("/account/password").with(csrf())
				.with(as("cumtruong.anhson"))
				.param("current", "Anh-Son-2026-xa")
				.param("password", "Chè Anh Sơn xanh mướt")
				.param("confirmation", "Chè Anh Sơn xanh mướt"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(
				post("/reports").with(csrf()).with(as("cumtruong.anhson")).param("year", "2027").param("quarter", "1"))
			.andExpect(redirectedUrlPattern("/reports/*/edit"));
		long report = count("select r.id from quarterly_reports r join clusters c on c.id = r.cluster_id "
				+ "where c.year = 2027 and c.name = 'Cụm xã miền núi 1'");
		// a row of scores per commune
		assertThat(this.entityManager
			.createNativeQuery("select distinct unit_id from scores where report_id = ?1 order by unit_id", Long.class)
			.setParameter(1, report)
			.getResultList()).containsExactlyElementsOf(members.stream().sorted().toList());
		String editor = page("cumtruong.anhson", "/reports/" + report + "/edit");
		assertThat(editor).contains("Anh Sơn", "Thành Bình Thọ", "Nhân Hòa", "Anh Sơn Đông");

		String rankings = page("giamdoc", "/rankings?year=2027");
		assertThat(rankings).contains("data-cluster=\"Cụm xã miền núi 1\"", "Thành Bình Thọ", "Anh Sơn Đông");

		// the report's Word file: the commune's letterhead, sent to the department of
		// 2027
		String word = word("/reports/" + report + "/export.docx");
		assertThat(word)
			.contains("ỦY BAN NHÂN DÂN\tXÃ ANH SƠN", "Anh Sơn, ngày", "Sở Khoa học và Công nghệ;",
					"TM. ỦY BAN NHÂN DÂN")
			.doesNotContain("Thông tin và Truyền thông");
	}

	@Test
	void aReportOf2014NamesTheDepartmentOf2014() throws Exception {
		long approved = count("select r.id from quarterly_reports r join clusters c on c.id = r.cluster_id "
				+ "where c.name = 'Cụm 2' and r.year = 2014 and r.quarter = 1");
		assertThat(word("/reports/" + approved + "/export.docx")).contains("Sở Thông tin và Truyền thông")
			.doesNotContain("Khoa học và Công nghệ");
	}

	@Test
	void aCommuneOfAnotherYearIsRefusedAsAMemberOf2014() throws Exception {
		long cluster = count("select id from clusters where year = 2014 and name = 'Cụm 3'");
		long anhSon = unit("17329", "COMMUNE_LEVEL", "Anh Sơn");
		java.util.Map<?, ?> form = (java.util.Map<?, ?>) this.entityManager
			.createNativeQuery("select name, leader_unit_id, deputy_unit_id, version from clusters where id = ?1",
					java.util.Map.class)
			.setParameter(1, cluster)
			.getSingleResult();
		MockHttpServletRequestBuilder update = post("/admin/clusters/{id}", cluster).with(csrf())
			.with(as("admin"))
			.param("name", (String) form.get("name"))
			.param("leaderId", form.get("leader_unit_id").toString())
			.param("deputyId", form.get("deputy_unit_id").toString())
			.param("version", form.get("version").toString())
			.param("memberIds", form.get("leader_unit_id").toString(), form.get("deputy_unit_id").toString(),
					Long.toString(anhSon));
		this.mvc.perform(update)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "memberIds", "cluster.member.notValid"));
		assertThat(count("select count(*) from cluster_members where year = 2014 and unit_id = " + anhSon)).isZero();
	}

	@Test
	void theYearCopyAcrossTheReformGoesThroughAPlanAndSavesNothingYet() throws Exception {
		this.mvc.perform(
				post("/admin/clusters/copy").with(csrf()).with(as("admin")).param("from", "2014").param("to", "2027"))
			.andExpect(redirectedUrl("/admin/clusters/copy/plan?from=2014&to=2027&rotate=false"));
		String plan = page("admin", "/admin/clusters/copy/plan?from=2014&to=2027");
		assertThat(plan).contains("Kế thừa Yên Thành", "Kế thừa Quỳnh Lưu", "Xác nhận tạo các cụm");
		assertThat(count("select count(*) from clusters where year = 2027")).isZero();
	}

	@Test
	void aProvinceThatMergedTakesNoNewYear() throws Exception {
		this.entityManager.createNativeQuery("""
				insert into app_users (username, password_hash, full_name, role, province_id)
				select 'quantri.hagiang', '{noop}x', 'Quản trị Hà Giang', 'ADMIN', id from provinces where code = '02'
				""").executeUpdate();
		long haGiangUnit = count("select min(u.id) from units u join provinces p on p.id = u.province_id "
				+ "where p.code = '02' and u.level = 'DISTRICT_LEVEL'");
		String page = HtmlUtils.htmlUnescape(this.mvc
			.perform(post("/admin/clusters/new").with(csrf())
				.with(as("quantri.hagiang"))
				.param("year", "2026")
				.param("name", "Cụm 1")
				.param("leaderId", Long.toString(haGiangUnit))
				.param("memberIds", Long.toString(haGiangUnit)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "cluster.year.provinceEnded"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page).contains("Tỉnh Hà Giang đã hợp nhất vào tỉnh Tuyên Quang sau năm 2025");
		assertThat(count("select count(*) from clusters c join provinces p on p.id = c.province_id "
				+ "where c.year = 2026 and p.code = '02'"))
			.isZero();
	}

	@Test
	void theSuccessorProvincesStaffReadTheMergedProvincesHistoryAndNobodyElseDoes() throws Exception {
		long visit = count("""
				select m.id from meetings m join provinces p on p.id = m.province_id
				where p.code = '02' and m.kind = 'DOAN_CONG_TAC' and m.start_date = date '2009-10-19'""");
		String page = page("chuyenvien.tuyenquang", "/meetings/" + visit);
		assertThat(page).contains("Hoàng Su Phì", "Cuộc họp của tỉnh cũ, trước khi hợp nhất")
			.doesNotContain("/meetings/" + visit + "/edit");
		// read, never written: the edit form is refused
		this.mvc.perform(get("/meetings/{id}/edit", visit).with(as("chuyenvien.tuyenquang")))
			.andExpect(status().isForbidden());
		assertThat(page("chuyenvien.tuyenquang", "/meetings")).contains("Tỉnh cũ trước hợp nhất");
		this.mvc.perform(get("/meetings/{id}", visit).with(as("chuyenvien"))).andExpect(status().isNotFound());
	}

	private String page(String username, String uri) throws Exception {
		return this.mvc.perform(get(uri).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String word(String uri) throws Exception {
		byte[] bytes = this.mvc.perform(get(uri).with(as("giamdoc")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	/** The rows of the units table as "code name". */
	private static List<String> rows(String page) {
		return Pattern.compile("data-unit-row=\"([^\"]+)\"").matcher(page).results().map((m) -> m.group(1)).toList();
	}

	/** The units listed in one part of a unit's page, as their links read. */
	private static List<String> names(String section) {
		return Pattern.compile("<a href=\"/admin/units/\\d+\">([^<]+)</a>")
			.matcher(section)
			.results()
			.map((m) -> m.group(1))
			.toList();
	}

	private static String section(String page, String testId) {
		int start = page.indexOf("data-testid=\"" + testId + "\"");
		assertThat(start).as(testId).isNotNegative();
		int end = page.indexOf("</ul>", start);
		return page.substring(start, end);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private long unit(String code, String level, String name) {
		long id = count("select id from units where code = '" + code + "' and level = '" + level + "' and name = '"
				+ name + "'");
		assertThat(id).isPositive();
		return id;
	}

	private long commune(String name) {
		return count(
				"select id from units where level = 'COMMUNE_LEVEL' and valid_to is null and name = '" + name + "'");
	}

	private long count(String sql) {
		return ((Number) this.entityManager.createNativeQuery(sql).getSingleResult()).longValue();
	}

}
