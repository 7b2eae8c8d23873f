package vn.thidua.cluster;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A year of Nghệ An's clusters of districts copied into clusters of communes: 2014's
 * clusters copied as they were into 2025 (the districts lasted until 30/6/2025), then
 * 2025 into 2027 (2026 holds the demo's clusters) through the plan, where each district
 * is replaced by the communes formed in it; the administrator renames and moves, is
 * refused without anything saved, and confirms.
 */
@IntegrationTest
@Transactional
class YearCopyAcrossTheReformTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@jakarta.persistence.PersistenceContext
	jakarta.persistence.EntityManager entities;

	@Test
	void districtClustersBecomeClustersOfTheirCommunesThroughThePlan() throws Exception {
		Document plan = planOf2027();
		List<Element> clusters = plan.select("[data-testid=planned-cluster]");
		assertThat(clusters).hasSizeGreaterThan(3);
		// the commune Diễn Châu (1/7/2025) stands for the district it was formed in
		Element dienChau = plan.selectFirst("[data-testid=planned-cluster] tr[data-unit=Diễn Châu]");
		assertThat(dienChau).isNotNull();
		assertThat(dienChau.text()).contains("Kế thừa Diễn Châu");
		for (Element cluster : clusters) {
			assertThat(cluster.select("tr[data-unit]")).hasSizeBetween(1, YearCopyPlanner.MAX_PROPOSED_MEMBERS);
		}
		int placed = plan.select("[data-testid=planned-cluster] tr[data-unit]").size();
		long communes = this.jdbc.queryForObject(
				"select count(*) from units u join provinces p on p.id = u.province_id "
						+ "where p.code = '40' and u.level = 'COMMUNE_LEVEL' " + "and u.valid_from = date '2025-07-01'",
				Long.class);
		assertThat(placed + plan.select("[data-testid=unplaced] tr[data-unit]").size()).isEqualTo((int) communes);
		assertThat(clusters2027()).isZero();

		// renamed, a commune of Diễn Châu that neither leads nor deputizes moved into
		// another cluster, then confirmed
		MultiValueMap<String, String> form = formOf(plan);
		form.set("clusters[0].name", "Cụm xã Diễn Châu – Yên Thành");
		Element moving = plan.select("[data-testid=planned-cluster] tr[data-unit]")
			.stream()
			.filter((row) -> row.text().contains("Kế thừa Diễn Châu"))
			.filter((row) -> form.entrySet()
				.stream()
				.filter((e) -> e.getKey().endsWith("leaderId") || e.getKey().endsWith("deputyId"))
				.noneMatch((e) -> e.getValue().contains(row.selectFirst("input[name$=unitId]").val())))
			.findFirst()
			.orElseThrow();
		String field = select(plan, moving);
		int target = form.getFirst(field).equals("1") ? 2 : 1;
		form.set(field, Integer.toString(target));
		this.mvc.perform(as(post("/admin/clusters/copy/plan/confirm").params(form)))
			.andExpect(redirectedUrl("/admin/clusters?year=2027"));
		assertThat(clusters2027()).isEqualTo(clusters.size());
		assertThat(this.jdbc.queryForObject("select count(*) from cluster_members where year = 2027", Long.class))
			.isEqualTo(placed);
		assertThat(this.jdbc.queryForObject("select count(*) from cluster_members m join units u on u.id = m.unit_id "
				+ "where m.year = 2027 and u.level <> 'COMMUNE_LEVEL'", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select c.name from clusters c join cluster_members m on m.cluster_id = c.id "
						+ "where c.year = 2027 and m.unit_id = ?",
				String.class, Long.valueOf(moving.selectFirst("input[name$=unitId]").val())))
			.isEqualTo(form.getFirst("clusters[" + (target - 1) + "].name"));
		assertThat(this.jdbc.queryForObject("select count(*) from clusters where year = 2027 and name = ?", Long.class,
				"Cụm xã Diễn Châu – Yên Thành"))
			.isOne();
	}

	@Test
	void aRefusedPlanSavesNothingAndComesBackAsEdited() throws Exception {
		Document plan = planOf2027();
		MultiValueMap<String, String> form = formOf(plan);
		form.set("clusters[0].name", "Cụm thử nghiệm");
		// the second cluster led by a commune of the first
		form.set("clusters[1].leaderId", form.getFirst("clusters[0].leaderId"));
		form.set("clusters[2].name", "");
		String page = this.mvc.perform(as(post("/admin/clusters/copy/plan/confirm").params(form)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(clusters2027()).isZero();
		Document again = Jsoup.parse(page);
		assertThat(again.selectFirst("#clusters0\\.name").val()).isEqualTo("Cụm thử nghiệm");
		assertThat(again.selectFirst("#clusters1\\.leaderId ~ .invalid-feedback").text())
			.isEqualTo("Vui lòng chọn cụm trưởng trong số các thành viên.");
		assertThat(again.selectFirst("#clusters2\\.name ~ .invalid-feedback").text())
			.startsWith("Vui lòng nhập tên cụm");
		// every unit still where it was placed
		MultiValueMap<String, String> back = formOf(again);
		assertThat(back).isEqualTo(form);
	}

	@Test
	void movingAUnitShowsThePlanAgainWithoutSaving() throws Exception {
		Document plan = planOf2027();
		MultiValueMap<String, String> form = formOf(plan);
		Element first = plan.select("[data-testid=planned-cluster]").get(0).selectFirst("tr[data-unit]");
		form.set(select(plan, first), "0");
		Document again = Jsoup.parse(this.mvc.perform(as(post("/admin/clusters/copy/plan").params(form)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.select("[data-testid=unplaced] tr[data-unit]").eachAttr("data-unit"))
			.contains(first.attr("data-unit"));
		assertThat(HtmlUtils.htmlUnescape(again.html())).doesNotContain("Exception");
		assertThat(clusters2027()).isZero();
	}

	@Test
	void aFormerMemberWithoutSuccessorIsNamedNotDroppedSilently() throws Exception {
		this.mvc.perform(as(post("/admin/clusters/copy").param("from", "2014").param("to", "2025")))
			.andExpect(redirectedUrl("/admin/clusters?year=2025"));
		this.jdbc.update("insert into units (province_id, code, name, type, level, valid_to) select id, '998', "
				+ "'Huyện Thử Nghiệm', 'HUYEN', 'DISTRICT_LEVEL', date '2025-06-30' from provinces "
				+ "where code = '40' and valid_to is null");
		this.jdbc.update("insert into cluster_members (cluster_id, year, unit_id) select c.id, 2025, u.id "
				+ "from clusters c, units u where c.year = 2025 and c.name = 'Cụm 1' and u.code = '998'");
		this.entities.clear();
		Document plan = Jsoup
			.parse(this.mvc.perform(as(get("/admin/clusters/copy/plan").param("from", "2025").param("to", "2027")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		// thị xã Cửa Lò too: its wards lay within Vinh by the catalogue of 1/3/2025 (it
		// merged into Vinh then), so nothing leads from it to the ward Cửa Lò of 1/7/2025
		assertThat(plan.selectFirst("[data-testid=without-successors]").text())
			.startsWith("Không có đơn vị kế thừa trong năm 2027, nên không được đưa vào cụm nào: ")
			.contains("Huyện Thử Nghiệm", "Cửa Lò");
		// still said after the plan is shown again
		Document again = Jsoup.parse(this.mvc.perform(as(post("/admin/clusters/copy/plan").params(formOf(plan))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.selectFirst("[data-testid=without-successors]").text()).contains("Huyện Thử Nghiệm");
	}

	private Document planOf2027() throws Exception {
		this.mvc.perform(as(post("/admin/clusters/copy").param("from", "2014").param("to", "2025")))
			.andExpect(redirectedUrl("/admin/clusters?year=2025"));
		assertThat(this.jdbc.queryForObject("select count(*) from clusters where year = 2025", Long.class)).isEqualTo(
				this.jdbc.queryForObject("select count(*) from clusters c join provinces p on p.id = c.province_id "
						+ "where c.year = 2014 and p.code = '40'", Long.class));
		this.mvc
			.perform(as(post("/admin/clusters/copy").param("from", "2025").param("to", "2027").param("rotate", "true")))
			.andExpect(redirectedUrl("/admin/clusters/copy/plan?from=2025&to=2027&rotate=true"));
		String page = this.mvc
			.perform(as(
					get("/admin/clusters/copy/plan").param("from", "2025").param("to", "2027").param("rotate", "true")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(page);
	}

	/** What the browser would send: every field as shown, the buttons aside. */
	private static MultiValueMap<String, String> formOf(Document page) {
		FormElement form = (FormElement) page.selectFirst("form[data-testid=copy-plan]");
		MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
		Map<String, List<String>> values = form.formData()
			.stream()
			.filter((kv) -> !kv.key().equals("_csrf"))
			.collect(Collectors.groupingBy((kv) -> kv.key(), java.util.LinkedHashMap::new,
					Collectors.mapping((kv) -> kv.value(), Collectors.toList())));
		values.forEach(data::put);
		return data;
	}

	private static String select(Document page, Element row) {
		return row.selectFirst("select[data-testid=unit-cluster]").attr("name");
	}

	private long clusters2027() {
		return this.jdbc.queryForObject("select count(*) from clusters where year = 2027", Long.class);
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		UserDetails admin = this.users.loadUserByUsername("admin");
		return request.with(user(admin)).with(csrf());
	}

}
