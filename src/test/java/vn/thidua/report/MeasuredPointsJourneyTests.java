package vn.thidua.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

import vn.thidua.ranking.RankedUnit;
import vn.thidua.ranking.RankingService;
import vn.thidua.report.web.ReportForm;
import vn.thidua.shared.CurrentUser;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A measured criterion's points followed from the unit's figure to the year's results:
 * "6.1" made measured (target 100 %, proportional, 8 points); Diễn Châu enters 85 % (6,8
 * points), the Quỳnh Lưu leader keeps it and gives the other cells 4, submits; the
 * department approves; the quarter's ranking, the Word report and the rankings workbook
 * all carry the 6,8 — Diễn Châu's IT subtotal and total stand 2,8 above a unit with 4
 * everywhere.
 */
@IntegrationTest
@Transactional
class MeasuredPointsJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	ReportReview review;

	@Autowired
	ReportService reports;

	@Autowired
	RankingService rankings;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Test
	void aMeasuredFigureCarriesThroughApprovalIntoTheRankingsAndTheExports() throws Exception {
		long set = this.jdbc.queryForObject("select id from criteria_sets where year = 2014", Long.class);
		long criterion = this.jdbc.queryForObject("select id from criteria where criteria_set_id = ? and code = '6.1'",
				Long.class, set);
		this.jdbc.update("update criteria_sets set status = 'DRAFT', published_at = null where id = ?", set);
		this.jdbc.update("update criteria set measure_unit = 'PERCENT', measure_target = 100, "
				+ "measure_direction = 'HIGHER', measure_formula = 'PROPORTIONAL' where id = ?", criterion);
		this.jdbc.update("update criteria_sets set status = 'PUBLISHED', published_at = now() where id = ?", set);
		long report = this.fixtures.newDraft("cumtruong.quynhluu");
		// the members' officers are asked for their self-assessment
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notifications n join app_users u on u.id = n.user_id "
						+ "where u.username = 'huyen.dienchau' and n.kind = 'SELF_ASSESSMENT' and n.link = ?",
				Integer.class, "/reports/" + report + "/self-assessment"))
			.isEqualTo(1);

		// the unit's figure
		int version = this.jdbc.queryForObject("select version from quarterly_reports where id = ?", Integer.class,
				report);
		this.mvc
			.perform(post("/reports/{id}/self-assessment", report)
				.with(user(this.fixtures.users.loadUserByUsername("huyen.dienchau")))
				.with(csrf())
				.param("version", Integer.toString(version))
				.param("values[" + criterion + "]", "85"))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		this.entityManager.clear();

		// the leader keeps the computed 6,8 and gives every other cell 4, then submits
		CurrentUser leader = this.fixtures.user("cumtruong.quynhluu");
		ReportForm form = ReportForm.from(this.reports.sheet(leader, report));
		form.getPoints().replaceAll((key, value) -> (value != null) ? value : ReportFixtures.points("4"));
		form.setResults("Hoàn thành 85% chỉ tiêu hộp thư công vụ.");
		form.setNextFocus("Đạt 100% cán bộ dùng hộp thư công vụ.");
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		this.workflow.saveByLeader(leader, report, form, errors, true);
		assertThat(errors.getAllErrors()).isEmpty();
		this.entityManager.flush();
		this.review.approve(this.fixtures.user("chuyenvien"), report,
				this.jdbc.queryForObject("select version from quarterly_reports where id = ?", Integer.class, report));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject(
				"select final_points from scores s join units d on "
						+ "d.id = s.unit_id where s.report_id = ? and s.criterion_id = ? and d.name = 'Diễn Châu'",
				BigDecimal.class, report, criterion))
			.isEqualByComparingTo("6.8");

		// the quarter's ranking: 6,8 where another unit has 4
		Map<String, RankedUnit> rows = new java.util.HashMap<>();
		this.rankings.view(this.fixtures.user("giamdoc"), 2014, 4)
			.clusters()
			.stream()
			.filter((c) -> c.clusterName().equals("Cụm 1"))
			.findFirst()
			.orElseThrow()
			.rows()
			.forEach((r) -> rows.put(r.unitName(), r));
		RankedUnit dienChau = rows.get("Diễn Châu");
		RankedUnit quynhLuu = rows.get("Quỳnh Lưu");
		assertThat(dienChau.subtotals().it().subtract(quynhLuu.subtotals().it())).isEqualByComparingTo("2.8");
		assertThat(dienChau.total().subtract(quynhLuu.total())).isEqualByComparingTo("2.8");

		// the Word report's table: Diễn Châu's IT 18,8 (16 + 2,8), total 70,8 against 68
		byte[] docx = this.mvc
			.perform(get("/reports/{id}/export.docx", report)
				.with(user(this.fixtures.users.loadUserByUsername("chuyenvien"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("Diễn Châu\t16\t12\t8\t8\t12\t18,8\t4\t8\t70,8",
					"Quỳnh Lưu\t16\t12\t8\t8\t12\t16\t4\t8\t68");
		}
		// the rankings workbook: the IT column of Diễn Châu 2,8 above Quỳnh Lưu's
		byte[] xlsx = this.mvc
			.perform(get("/rankings/export.xlsx").param("year", "2014")
				.param("quarter", "4")
				.with(user(this.fixtures.users.loadUserByUsername("giamdoc"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Cụm 1");
			int it = -1;
			Map<String, Double> itOf = new java.util.HashMap<>();
			for (Row row : sheet) {
				for (int c = 0; c < row.getLastCellNum(); c++) {
					if (row.getCell(c) != null
							&& row.getCell(c).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
							&& "Công nghệ thông tin".equals(row.getCell(c).getStringCellValue())) {
						it = c;
					}
				}
				if (it >= 0 && row.getCell(1) != null
						&& row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
						&& row.getCell(it).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					itOf.put(row.getCell(1).getStringCellValue(), row.getCell(it).getNumericCellValue());
				}
			}
			assertThat(itOf.get("Diễn Châu") - itOf.get("Quỳnh Lưu")).isCloseTo(2.8,
					org.assertj.core.data.Offset.offset(0.001));
		}
	}

}
