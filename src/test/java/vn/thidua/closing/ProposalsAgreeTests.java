package vn.thidua.closing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.ranking.ClusterRanking;
import vn.thidua.ranking.Proposals;
import vn.thidua.ranking.RankedUnit;
import vn.thidua.ranking.RankingView;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One answer to "who is proposed for which award", read four ways — the rankings page
 * (its model and its HTML), the rankings workbook, the award list ({@code /awards}) and
 * the draft decision — on the demo's 2014: before the decision Cụm 3's conference is over
 * (its vote answers for its units), Cụm 1 and 2 have not closed (the rules answer); after
 * the director finalizes with Quế Phong's Bằng khen not accepted, the decision answers
 * for Cụm 3 and the others keep theirs. A cluster without an approved report for a
 * quarter ranks nobody in it.
 */
@IntegrationTest
@Transactional
class ProposalsAgreeTests {

	private static final String NONE = "Không đề nghị";

	private static final Pattern PROPOSAL = Pattern.compile("data-testid=\"proposal\"[^>]*>([^<]*)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Autowired
	org.springframework.cache.CacheManager caches;

	@Test
	void theRankingsTheWorkbookTheAwardListAndTheDecisionAgreeBeforeAndAfterTheDecision() throws Exception {
		Map<String, String> before = agreeing(false);
		// Cụm 3's vote carried the flag for Tương Dương and a Bằng khen for Quế Phong
		assertThat(before).containsEntry("Cụm 3/Tương Dương", "Cờ thi đua")
			.containsEntry("Cụm 3/Quế Phong", "Bằng khen");
		assertThat(sources()).containsEntry("Cụm 3", Proposals.Source.VOTE)
			.containsEntry("Cụm 1", Proposals.Source.RULES);

		long closing = this.jdbc.queryForObject("select cc.id from cluster_closings cc join clusters c on "
				+ "c.id = cc.cluster_id where c.name = 'Cụm 3' and c.year = 2014", Long.class);
		long quePhong = this.jdbc
			.queryForObject("select id from units where level = 'DISTRICT_LEVEL' and name = 'Quế Phong'", Long.class);
		this.mvc
			.perform(post("/awards").param("year", "2014")
				.with(as("giamdoc"))
				.with(csrf())
				.param("decisions[" + closing + "_BANG_KHEN_" + quePhong + "]", "false")
				.param("reasons[" + closing + "_BANG_KHEN_" + quePhong + "]", "Chưa đủ hồ sơ")
				.param("note", "Cụm 1, Cụm 2 xét bổ sung.")
				.param("finalize", "true"))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();

		Map<String, String> after = agreeing(true);
		assertThat(after).containsEntry("Cụm 3/Tương Dương", "Cờ thi đua").containsEntry("Cụm 3/Quế Phong", NONE);
		assertThat(sources()).containsEntry("Cụm 3", Proposals.Source.DECISION)
			.containsEntry("Cụm 1", Proposals.Source.RULES);
		// the clusters the decision did not take keep what they had
		before.keySet()
			.stream()
			.filter((k) -> !k.startsWith("Cụm 3/"))
			.forEach((k) -> assertThat(after.get(k)).as(k).isEqualTo(before.get(k)));
	}

	@Test
	void aClusterWithoutAnApprovedReportForAQuarterRanksNobody() throws Exception {
		this.jdbc.update("update quarterly_reports set status = 'SUBMITTED', approved_at = null, approved_by = null "
				+ "where quarter = 2 and cluster_id = (select id from clusters where name = 'Cụm 2' and year = 2014)");
		MvcResult page = this.mvc
			.perform(get("/rankings").param("year", "2014").param("quarter", "2").with(as("chuyenvien")))
			.andExpect(status().isOk())
			.andReturn();
		RankingView view = (RankingView) page.getModelAndView().getModel().get("view");
		ClusterRanking cluster2 = view.clusters()
			.stream()
			.filter((c) -> c.clusterName().equals("Cụm 2"))
			.findFirst()
			.orElseThrow();
		assertThat(cluster2.rows()).isNotEmpty().allSatisfy((r) -> {
			assertThat(r.isUnreported()).as(r.unitName()).isTrue();
			assertThat(r.rank()).isZero();
		});
		// the others are ranked as before
		assertThat(view.clusters()
			.stream()
			.filter((c) -> c.clusterName().equals("Cụm 1"))
			.findFirst()
			.orElseThrow()
			.rows()).allSatisfy((r) -> assertThat(r.rank()).isPositive());
		String html = page.getResponse().getContentAsString();
		String card = html.substring(html.indexOf("data-cluster=\"Cụm 2\""), html.indexOf("data-cluster=\"Cụm 3\""));
		assertThat(card).contains("Chưa có báo cáo được duyệt").doesNotContain("class-yeu");
	}

	@Test
	void aClosingWithoutCandidatesSaysWhichConditionsNoMemberMeets() throws Exception {
		// no rank reaches any award: the rules propose nobody in Cụm 2
		this.jdbc.execute("alter table rule_awards disable trigger tg_rule_awards_read_only");
		assertThat(this.jdbc.update("update rule_awards a set rank_from = 99, rank_to = 99 "
				+ "from rule_sets s join provinces p on p.id = s.province_id "
				+ "where a.rule_set_id = s.id and p.code = '40' and s.year = 2014"))
			.isPositive();
		this.jdbc.execute("alter table rule_awards enable trigger tg_rule_awards_read_only");
		this.caches.getCache(vn.thidua.rules.RulesService.CACHE).clear();
		this.entityManager.clear();
		long cluster2 = this.jdbc.queryForObject("select id from clusters where name = 'Cụm 2' and year = 2014",
				Long.class);
		this.mvc.perform(post("/clusters/{id}/closing/open", cluster2).with(as("cumtruong.yenthanh")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = org.springframework.web.util.HtmlUtils
			.htmlUnescape(this.mvc.perform(get("/clusters/{id}/closing", cluster2).with(as("cumtruong.yenthanh")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page).contains("data-testid=\"no-candidate\"",
				"Chưa có đề nghị theo quy chế: không đơn vị nào của cụm đạt điều kiện của danh hiệu.",
				"Cờ thi đua: cần xếp loại", "hạng từ 99 đến 99 trong cụm",
				"Cụm trưởng vẫn đề nghị được một đơn vị kèm lý do");
	}

	@org.junit.jupiter.api.AfterEach
	void forgetTheRulesOfThisTransaction() {
		this.caches.getCache(vn.thidua.rules.RulesService.CACHE).clear();
	}

	/**
	 * Each unit's proposal ("cluster/unit" → award name, or "Không đề nghị") as the
	 * rankings page's model says it, checked against the page's HTML, the workbook, the
	 * award list and (once decided) the draft decision's annex.
	 */
	private Map<String, String> agreeing(boolean decided) throws Exception {
		MvcResult page = this.mvc.perform(get("/rankings").param("year", "2014").with(as("chuyenvien")))
			.andExpect(status().isOk())
			.andReturn();
		RankingView view = (RankingView) page.getModelAndView().getModel().get("view");
		Proposals proposals = (Proposals) page.getModelAndView().getModel().get("proposals");
		Map<String, String> answers = new LinkedHashMap<>();
		for (ClusterRanking cluster : view.clusters()) {
			for (RankedUnit row : cluster.rows()) {
				Proposals.Answer answer = proposals.of(cluster, row);
				answers.put(cluster.clusterName() + "/" + row.unitName(),
						answer.isNone() ? NONE : view.titleName(answer.award()));
			}
		}
		// the page shows them in the same order ("—" where the rules propose nothing)
		List<String> shown = new ArrayList<>();
		Matcher matcher = PROPOSAL.matcher(page.getResponse().getContentAsString());
		while (matcher.find()) {
			shown.add(matcher.group(1).strip());
		}
		List<String> expected = new ArrayList<>();
		for (ClusterRanking cluster : view.clusters()) {
			for (RankedUnit row : cluster.rows()) {
				Proposals.Answer answer = proposals.of(cluster, row);
				expected.add(answer.isNone() ? ((answer.source() == Proposals.Source.RULES) ? "—" : NONE)
						: view.titleName(answer.award()));
			}
		}
		assertThat(shown).isEqualTo(expected);

		// the workbook's summary sheet
		byte[] xlsx = this.mvc.perform(get("/rankings/export.xlsx").param("year", "2014").with(as("chuyenvien")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, String> workbook = new LinkedHashMap<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheet("Tổng hợp");
			Row header = sheet.getRow(1);
			int cluster = column(header, "Cụm");
			int unit = column(header, "Đơn vị");
			int award = column(header, "Đề nghị khen thưởng");
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				workbook.put(row.getCell(cluster).getStringCellValue() + "/" + row.getCell(unit).getStringCellValue(),
						row.getCell(award).getStringCellValue());
			}
		}
		assertThat(workbook).isEqualTo(answers);

		// the award list: the closed clusters' units it names, with the same award
		MvcResult awards = this.mvc.perform(get("/awards").param("year", "2014").with(as("giamdoc")))
			.andExpect(status().isOk())
			.andReturn();
		AwardDecisions.Page list = (AwardDecisions.Page) awards.getModelAndView().getModel().get("page");
		Map<String, String> listed = new LinkedHashMap<>();
		if (decided) {
			list.standing()
				.getItems()
				.forEach((i) -> listed.put(i.getClusterName() + "/" + i.getUnitName(),
						i.isAccepted() ? i.getAwardName() : NONE));
		}
		else {
			list.proposals().forEach((p) -> listed.put(p.clusterName() + "/" + p.unitName(), p.awardName()));
		}
		assertThat(listed).isNotEmpty();
		listed.forEach((unit, award) -> assertThat(answers.get(unit)).as(unit).isEqualTo(award));
		// and a unit of a closed cluster it does not name is proposed for nothing
		List<String> closed = list.rows()
			.stream()
			.filter(AwardDecisions.ClusterRow::isClosed)
			.map((r) -> r.cluster().getName() + "/")
			.toList();
		answers.forEach((unit, award) -> {
			if (closed.stream().anyMatch(unit::startsWith) && !listed.containsKey(unit)) {
				assertThat(award).as(unit).isEqualTo(NONE);
			}
		});

		if (decided) {
			// the draft decision's annex: exactly the units awarded by the decision
			byte[] docx = this.mvc.perform(get("/awards/2014.docx").with(as("giamdoc")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
				List<XWPFTable> tables = document.getTables();
				XWPFTable annex = tables.stream()
					.filter((t) -> t.getRow(0).getCell(0).getText().equals("STT"))
					.reduce((a, b) -> b)
					.orElseThrow();
				Map<String, String> annexed = new LinkedHashMap<>();
				for (int r = 1; r < annex.getNumberOfRows(); r++) {
					annexed.put(annex.getRow(r).getCell(2).getText() + "/" + annex.getRow(r).getCell(1).getText(),
							annex.getRow(r).getCell(3).getText());
				}
				Map<String, String> awarded = new LinkedHashMap<>();
				listed.forEach((unit, award) -> {
					if (!award.equals(NONE)) {
						awarded.put(unit, award);
					}
				});
				assertThat(annexed).isEqualTo(awarded);
			}
		}
		return answers;
	}

	/** By cluster: where its units' answers come from. */
	private Map<String, Proposals.Source> sources() throws Exception {
		MvcResult page = this.mvc.perform(get("/rankings").param("year", "2014").with(as("chuyenvien"))).andReturn();
		RankingView view = (RankingView) page.getModelAndView().getModel().get("view");
		Proposals proposals = (Proposals) page.getModelAndView().getModel().get("proposals");
		Map<String, Proposals.Source> sources = new LinkedHashMap<>();
		view.clusters().forEach((c) -> sources.put(c.clusterName(), proposals.of(c, c.rows().get(0)).source()));
		return sources;
	}

	private static int column(Row header, String name) {
		for (int c = 0; c < header.getLastCellNum(); c++) {
			if (header.getCell(c) != null && header.getCell(c).getStringCellValue().equals(name)) {
				return c;
			}
		}
		throw new AssertionError("no column " + name);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
