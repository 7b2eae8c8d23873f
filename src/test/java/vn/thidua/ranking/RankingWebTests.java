package vn.thidua.ranking;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.ranking.web.RankingController;
import vn.thidua.ranking.web.RankingWorkbook;
import vn.thidua.testsupport.IntegrationTest;
import vn.thidua.testsupport.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class RankingWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RankingService rankings;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	@WithUserDetails("giamdoc")
	void theDirectorSeesEveryClusterWithClassificationsAndProposals() throws Exception {
		this.mvc.perform(get("/rankings").param("year", "2014"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xếp hạng thi đua năm 2014")))
			.andExpect(content().string(containsString("data-cluster=\"Cụm 1\"")))
			.andExpect(content().string(containsString("data-cluster=\"Cụm 3\"")))
			.andExpect(content().string(containsString("Xuất sắc")))
			.andExpect(content().string(containsString("Thiếu quý IV")))
			.andExpect(content().string(containsString("Nộp muộn quý II")))
			.andExpect(content().string(containsString("Chốt kết quả xếp hạng năm")))
			.andExpect(content().string(containsString("<div class=\"bar-chart\" role=\"img\"")))
			// the heading of the printed page: agency, national motto, place and print
			// date
			.andExpect(content().string(containsString("class=\"print-header d-none d-print-flex\"")))
			.andExpect(content().string(containsString("UBND TỈNH NGHỆ AN")))
			// the department of the rankings' year: 2014's
			.andExpect(content().string(containsString("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")))
			.andExpect(content().string(containsString("Độc lập - Tự do - Hạnh phúc")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesPattern("(?s).*Nghệ An, ngày \\d\\d tháng \\d\\d năm \\d{4}.*")));
	}

	@Test
	@WithUserDetails("cumtruong.yenthanh")
	void aLeaderSeesItsClusterOnlyAndCannotFinalize() throws Exception {
		this.mvc.perform(get("/rankings").param("year", "2014"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-cluster=\"Cụm 2\"")))
			.andExpect(content().string(not(containsString("data-cluster=\"Cụm 1\""))))
			.andExpect(content().string(not(containsString("Chốt kết quả xếp hạng năm"))));
		this.mvc.perform(post("/rankings/finalize").param("year", "2014").with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("chuyenvien")
	void staffCannotFinalizeOrReopen() throws Exception {
		this.mvc.perform(post("/rankings/finalize").param("year", "2014").with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/rankings/reopen").param("year", "2014").param("text", "x").with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("giamdoc")
	void anOverrideWithoutReasonIsShownAgainWithTheMessageAndNothingIsFinalized() throws Exception {
		// before Cụm 3's conference (once it is over, its vote is what the page proposes)
		this.jdbc.update("delete from cluster_closings where cluster_id = "
				+ "(select id from clusters where name = 'Cụm 3' and year = 2014)");
		long conCuong = 0;
		for (ClusterRanking cluster : this.rankings.view(director(), 2014, null).clusters()) {
			for (RankedUnit row : cluster.rows()) {
				if (row.unitName().equals("Con Cuông")) {
					conCuong = row.unitId();
				}
			}
		}
		this.mvc
			.perform(post("/rankings/finalize").param("year", "2014")
				.param("awards[" + conCuong + "]", "BANG_KHEN")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đề nghị khác quy tắc mặc định: cần ghi lý do.")));
		assertThat(this.rankings.view(director(), 2014, null).isFinalized()).isFalse();

		this.mvc
			.perform(post("/rankings/finalize").param("year", "2014")
				.param("awards[" + conCuong + "]", "BANG_KHEN")
				.param("reasons[" + conCuong + "]", "Mô hình tiêu biểu")
				.with(csrf()))
			.andExpect(redirectedUrl("/rankings?year=2014"));
		this.mvc.perform(get("/rankings").param("year", "2014"))
			.andExpect(content().string(containsString("Kết quả đã được chốt bởi Giám đốc Sở (tài khoản minh họa)")))
			.andExpect(content().string(containsString("Giám đốc điều chỉnh: Mô hình tiêu biểu")))
			.andExpect(content().string(containsString("Mở lại kết quả đã chốt")));
	}

	@Test
	@WithUserDetails("giamdoc")
	void theExportHasASummaryAndASheetPerClusterThatReadBackAsShown() throws Exception {
		MvcResult result = this.mvc.perform(get("/rankings/export.xlsx").param("year", "2014"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", RankingController.XLSX.toString()))
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Xep-hang-thi-dua-nam-2014.xlsx\"; "
					+ "filename*=UTF-8''X%E1%BA%BFp-h%E1%BA%A1ng-thi-%C4%91ua-n%C4%83m-2014.xlsx");
		RankingView view = this.rankings.view(director(), 2014, null);
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(sheetNames(workbook)).containsExactly("Tổng hợp", "Cụm 1", "Cụm 2", "Cụm 3");
			XSSFSheet summary = workbook.getSheet("Tổng hợp");
			assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("Kết quả xếp hạng thi đua năm 2014");
			Row header = summary.getRow(1);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Cụm");
			assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Đơn vị");
			assertThat(header.getCell(11).getStringCellValue()).isEqualTo("Tổng điểm");
			assertThat(header.getCell(13).getStringCellValue()).isEqualTo("Đề nghị khen thưởng");
			assertThat(summary.getLastRowNum()).isEqualTo(1 + 21);
			assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
			assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:O23");
			assertThat(summary.getRow(2).getCell(11).getCellStyle().getDataFormatString())
				.isEqualTo(RankingWorkbook.POINTS_FORMAT);
			assertThat(summary.getColumnWidth(2)).isGreaterThan(12 * 256);

			Sheet cluster3 = workbook.getSheet("Cụm 3");
			RankedUnit first = view.clusters().get(2).rows().get(0);
			assertThat(cluster3.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(cluster3.getRow(2).getCell(1).getStringCellValue()).isEqualTo(first.unitName());
			assertThat(cluster3.getRow(2).getCell(10).getNumericCellValue()).isEqualTo(first.total().doubleValue());
			assertThat(cluster3.getRow(2).getCell(11).getStringCellValue()).isEqualTo("Xuất sắc");
			assertThat(cluster3.getRow(2).getCell(12).getStringCellValue()).isEqualTo("Cờ thi đua");
		}
	}

	@Test
	@WithUserDetails("giamdoc")
	void theRankingsPageRunsAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		statements.reset();
		this.mvc.perform(get("/rankings").param("year", "2014")).andExpect(status().isOk());
		long year = statements.count();
		statements.reset();
		this.mvc.perform(get("/rankings").param("year", "2014").param("quarter", "2")).andExpect(status().isOk());
		long quarter = statements.count();
		// data version, years, clusters with members, standing decisions, one
		// aggregation, the year's rules (the set with its bands and awards, the
		// exclusions), the decided award list and the closed clusters' votes (rendered,
		// not
		// from the page cache: this test runs in a transaction)
		assertThat(year).isLessThanOrEqualTo(8);
		assertThat(quarter).isLessThanOrEqualTo(6);
	}

	private vn.thidua.shared.CurrentUser director() {
		return (vn.thidua.shared.CurrentUser) this.users.loadUserByUsername("giamdoc");
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((s) -> names.add(s.getSheetName()));
		return names;
	}

}
