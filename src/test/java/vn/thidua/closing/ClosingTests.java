package vn.thidua.closing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
 * Cụm 3's closing of 2014 (6 members, the year ranked): opened with the rules'
 * candidates, the second-ranked unit added for the flag with a reason, an excluded unit
 * refused, the paper ballots recorded (5 of 6 for the second-ranked, 2 for the first),
 * next year's leader elected, closed; the 2015 year copy takes the elected leader and
 * deputy.
 */
@IntegrationTest
@Transactional
class ClosingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Autowired
	vn.thidua.ranking.RankingService rankings;

	@Autowired
	vn.thidua.rules.RulesService rulesService;

	@Autowired
	vn.thidua.cluster.ClusterService clusterService;

	long cluster;

	@BeforeEach
	void cluster3() {
		this.cluster = this.jdbc.queryForObject("select id from clusters where name = 'Cụm 3' and year = 2014",
				Long.class);
		// the demo's closing of Cụm 3 goes (rolled back with the test): this test holds
		// its own
		this.jdbc.update("delete from cluster_closings where cluster_id = ?", this.cluster);
	}

	@Test
	void theLeaderRunsTheClosingAndTheYearCopyTakesTheElectedLeaders() throws Exception {
		this.mvc.perform(get("/clusters/{id}/closing", this.cluster).with(as("cumtruong.tuongduong")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"open-closing\"")));
		// only the cluster's leader runs it
		this.mvc.perform(post("/clusters/{id}/closing/open", this.cluster).with(as("chuyenvien")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/clusters/{id}/closing/open", this.cluster).with(as("cumtruong.yenthanh")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/clusters/{id}/closing/open", this.cluster).with(leader()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		// the rules' default candidates: each within its award's ranks and band, none
		// excluded
		vn.thidua.cluster.Cluster cluster3 = this.clusterService.get(this.cluster,
				((vn.thidua.shared.CurrentUser) this.users.loadUserByUsername("cumtruong.tuongduong")).provinceId());
		java.util.List<vn.thidua.ranking.RankedUnit> ranked = this.rankings
			.liveYear((vn.thidua.shared.CurrentUser) this.users.loadUserByUsername("cumtruong.tuongduong"), cluster3)
			.rows();
		vn.thidua.rules.Rules rules = this.rulesService.current(cluster3.getProvince().getId(), 2014);
		for (java.util.Map<String, Object> c : this.jdbc.queryForList(
				"select award, unit_id from closing_candidates where " + ofThisClosing() + " order by position")) {
			vn.thidua.ranking.RankedUnit row = ranked.stream()
				.filter((r) -> r.unitId() == ((Number) c.get("unit_id")).longValue())
				.findFirst()
				.orElseThrow();
			vn.thidua.rules.Rules.AwardRule rule = rules.award((String) c.get("award")).orElseThrow();
			assertThat(row.rank()).isBetween(rule.rankFrom(), rule.rankTo());
			assertThat(rules.atLeast(row.classification().name(), rule.minBand())).isTrue();
		}
		long first = ranked.get(0).unitId();
		long second = ranked.get(1).unitId();
		String secondName = ranked.get(1).unitName();

		long conCuong = unit("Con Cuông");
		long kySon = unit("Kỳ Sơn");
		this.jdbc.update("insert into year_exclusions (province_id, year, unit_id, kind, note) "
				+ "select province_id, 2014, id, 'KHONG_XET', 'Vi phạm' from units where id = ?", kySon);
		this.mvc.perform(candidate("CO_THI_DUA", kySon, "Đề nghị của cụm"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Đơn vị không xét hoặc chưa xét thi đua năm nay không thể là ứng viên.")));
		this.mvc.perform(candidate("CO_THI_DUA", second, ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng ghi lý do bổ sung.")));
		for (long unit : new long[] { first, second }) {
			boolean present = this.jdbc.queryForObject(
					"select count(*) from closing_candidates where award = 'CO_THI_DUA' and unit_id = ? and "
							+ ofThisClosing(),
					Integer.class, unit) > 0;
			if (!present) {
				this.mvc.perform(candidate("CO_THI_DUA", unit, "Dẫn đầu về chuyển đổi số"))
					.andExpect(status().is3xxRedirection());
				this.entityManager.flush();
			}
		}
		long quePhong = second;
		int candidates = this.jdbc.queryForObject("select count(*) from closing_candidates where " + ofThisClosing(),
				Integer.class);
		int flagOfQuePhong = this.jdbc
			.queryForObject("select position from closing_candidates where award = 'CO_THI_DUA' and unit_id = ? and "
					+ ofThisClosing(), Integer.class, second);
		int flagOfTuongDuong = this.jdbc
			.queryForObject("select position from closing_candidates where award = 'CO_THI_DUA' and unit_id = ? and "
					+ ofThisClosing(), Integer.class, first);

		// votes over the valid ballots are refused, the input comes back
		MockHttpServletRequestBuilder wrong = record(candidates, flagOfQuePhong, flagOfTuongDuong, "9", quePhong,
				conCuong);
		this.mvc.perform(wrong)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số phiếu từ 0 đến số phiếu hợp lệ.")))
			.andExpect(content().string(containsString("value=\"9\"")));
		this.mvc
			.perform(record(candidates, flagOfQuePhong, flagOfTuongDuong, "5", quePhong,
					(quePhong == conCuong) ? first : conCuong))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/clusters/{id}/closing/close", this.cluster).with(leader()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("select status from cluster_closings where cluster_id = ?", String.class,
				this.cluster))
			.isEqualTo("CLOSED");
		String page = this.mvc.perform(get("/clusters/{id}/closing", this.cluster).with(as("giamdoc")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the second-ranked proposed for the flag by 5 of 6; the first stays first with 2
		// of 6
		assertThat(page).contains("83,33%", "33,33%");
		assertThat(page.split("data-testid=\"proposed\"").length - 1).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select summary from audit_events where action = 'CLOSING_CLOSED' and entity_id = "
						+ "(select id from cluster_closings where cluster_id = ?) order by id desc limit 1",
				String.class, this.cluster))
			.contains(secondName + " (Cờ thi đua, 5/6 phiếu)")
			.doesNotContain(ranked.get(0).unitName() + " (Cờ thi đua");

		// the dossier: minutes with the counts and the election, the proposal letter
		byte[] minutes = this.mvc.perform(get("/clusters/{id}/closing/minutes.docx", this.cluster).with(leader()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(minutes));
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("BIÊN BẢN", "Số phiếu phát ra: 6; số phiếu hợp lệ: 6.", secondName,
					"83,33%", "Đề nghị", "- Cụm trưởng: " + secondName + ".", "THƯ KÝ", "CHỦ TRÌ",
					"Số đơn vị thành viên: 6; số đơn vị tham gia bỏ phiếu: 6; số tối thiểu theo quy chế: 4 đơn vị "
							+ "(2/3 số thành viên).");
		}
		byte[] proposal = this.mvc.perform(get("/clusters/{id}/closing/proposal.docx", this.cluster).with(leader()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(proposal));
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("TỜ TRÌNH", "Kính gửi: Sở Thông tin và Truyền thông tỉnh Nghệ An.",
					"5/6");
		}

		// the year copy takes the elected leader and deputy
		this.mvc
			.perform(post("/admin/clusters/copy").with(as("admin"))
				.with(csrf())
				.param("from", "2014")
				.param("to", "2015")
				.param("rotate", "true"))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForMap(
				"select leader_unit_id, deputy_unit_id from clusters where " + "name = 'Cụm 3' and year = 2015"))
			.containsEntry("leader_unit_id", quePhong)
			.containsEntry("deputy_unit_id", (quePhong == conCuong) ? first : conCuong);
	}

	private MockHttpServletRequestBuilder record(int candidates, int flagOfQuePhong, int flagOfTuongDuong,
			String votesOfQuePhong, long leader, long deputy) {
		int version = this.jdbc.queryForObject("select version from cluster_closings where cluster_id = ?",
				Integer.class, this.cluster);
		MockHttpServletRequestBuilder request = post("/clusters/{id}/closing", this.cluster).with(leader())
			.with(csrf())
			.param("version", Integer.toString(version))
			.param("heldOn", "15/01/2015")
			.param("place", "UBND huyện Tương Dương")
			.param("ballotsCast", "6")
			.param("ballotsValid", "6")
			.param("nextLeaderId", Long.toString(leader))
			.param("nextDeputyId", Long.toString(deputy));
		for (int i = 0; i < candidates; i++) {
			String votes = (i == flagOfQuePhong) ? votesOfQuePhong : (i == flagOfTuongDuong) ? "2" : "1";
			request.param("votes[" + i + "]", votes);
		}
		return request;
	}

	private MockHttpServletRequestBuilder candidate(String award, long unit, String reason) {
		return post("/clusters/{id}/closing/candidates", this.cluster).with(leader())
			.with(csrf())
			.param("award", award)
			.param("unitId", Long.toString(unit))
			.param("reason", reason);
	}

	private String ofThisClosing() {
		return "closing_id = (select id from cluster_closings where cluster_id = " + this.cluster + ")";
	}

	private long unit(String name) {
		return this.jdbc.queryForObject("select id from units where level = 'DISTRICT_LEVEL' and name = ?", Long.class,
				name);
	}

	private RequestPostProcessor leader() {
		return as("cumtruong.tuongduong");
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
